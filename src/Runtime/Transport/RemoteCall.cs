using Vrss.Runtime.Core;
using Vrss.Runtime.Invocation;
using Vrss.Runtime.Messaging;

namespace Vrss.Runtime.Transport;

/// <summary>A call that arrived from another silo: its answer goes back on the connection it came in on.</summary>
internal sealed class RemoteCall(
    GrainId target,
    GrainMethod method,
    object?[] arguments,
    SiloTransport transport,
    SiloConnection origin,
    long originCallId) : Message(target, method, arguments)
{
    private int _answered;

    // A caller that has given up gets no answer, so its request need not run.
    public override bool IsAnswered => Volatile.Read(ref _answered) == 1 || TimeProvider.System.GetTimestamp() > Deadline;

    public override void SetResult(object? result)
    {
        if (Interlocked.Exchange(ref _answered, 1) == 0)
        {
            transport.RemovePending(this);
            transport.SendResponse(origin, originCallId, Method!.ResultType, result);
        }
    }

    public override void SetException(Exception exception)
    {
        if (Interlocked.Exchange(ref _answered, 1) == 0)
        {
            transport.RemovePending(this);
            transport.SendException(origin, originCallId, exception);
        }
    }
}
