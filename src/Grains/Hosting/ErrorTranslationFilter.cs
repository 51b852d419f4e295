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
    public Task Invoke(IIncomingGrainCallContext context) => TranslateAsync(context.Invoke());

    public Task Invoke(IOutgoingGrainCallContext context) => TranslateAsync(context.Invoke());

    private static async Task TranslateAsync(Task call)
    {
        try
        {
            await call;
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
