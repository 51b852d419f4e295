using Vrss.Runtime.Core;

namespace Vrss.Runtime.Messaging;

/// <summary>A pending answer that is not a grain call (the acknowledgement of a broadcast).</summary>
internal sealed class ResponseWaiter<T>(PendingCalls pending) : Message(new GrainId("vrss.system", "response"), null, [])
{
    private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<T> Task => _completion.Task;

    public override Type? ResultType => typeof(T);

    public override bool IsAnswered => _completion.Task.IsCompleted;

    public override void SetResult(object? result)
    {
        pending.Remove(this);
        _completion.TrySetResult((T)result!);
    }

    public override void SetException(Exception exception)
    {
        pending.Remove(this);
        _completion.TrySetException(exception);
    }
}
