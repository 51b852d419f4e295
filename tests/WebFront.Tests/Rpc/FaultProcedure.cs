using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Tests.Rpc;

/// <summary>A procedure added by the tests through the same extension point features use; it fails on request.</summary>
public sealed class FaultProcedure() : RpcProcedure<FaultInput, EmptyOutput>("test.fault", requiresSession: false)
{
    public const string Secret = "connection string Host=db;Password=hunter2";

    protected override Task<EmptyOutput> ExecuteAsync(FaultInput input, RpcContext context) => input.Kind switch
    {
        "bug" => throw new InvalidOperationException(Secret),
        "timeout" => throw new TimeoutException(Secret),
        "rejected" => throw new Orleans.Runtime.GatewayTooBusyException(),
        "silo" => throw new Orleans.Runtime.SiloUnavailableException(Secret),
        _ => Task.FromResult(EmptyOutput.Instance),
    };
}
