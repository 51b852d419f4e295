using System.Net.Sockets;
using Npgsql;
using Orleans.Storage;
using Vrss.GrainInterfaces.Errors;
using Vrss.Grains.Data;

namespace Vrss.Grains.Hosting;

/// <summary>
/// Turns storage failures into the wire's error codes at the boundary of grain calls, so that no caller (the web
/// front least of all) needs to know about PostgreSQL or Orleans' storage exceptions. Incoming: where a grain's
/// method failed, before the exception crosses silos. Outgoing: for what fails before any method runs, such as a
/// grain whose state could not be read at activation.
/// </summary>
internal sealed class ErrorTranslationFilter : IIncomingGrainCallFilter, IOutgoingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        try
        {
            await context.Invoke();
        }
        catch (Exception exception) when (Translate(exception) is { } translated)
        {
            throw translated;
        }
    }

    public async Task Invoke(IOutgoingGrainCallContext context)
    {
        try
        {
            await context.Invoke();
        }
        catch (Exception exception) when (Translate(exception) is { } translated)
        {
            throw translated;
        }
    }

    private static VrssException? Translate(Exception exception) => exception switch
    {
        VrssException => null,

        // Text PostgreSQL cannot store (a NUL character) that a procedure let through: the input's fault.
        PostgresException { SqlState: "22021" or "22P05" } =>
            new VrssException(ErrorCode.InvalidFormat, "The input contains characters that cannot be stored."),
        InconsistentStateException =>
            new VrssException(ErrorCode.DatabaseError, "A concurrent update interfered; try again."),
        StorageUnavailableException or NpgsqlException or SocketException =>
            new VrssException(ErrorCode.DatabaseError, "The database is unavailable; try again shortly."),

        // Orleans' storage providers wrap what the database said.
        { InnerException: { } inner } when Translate(inner) is { } translated => translated,
        _ => null,
    };
}
