using Vrss.Runtime.Core;
using Vrss.Runtime.Invocation;

namespace Vrss.Runtime.Messaging;

/// <summary>A call made on this silo: its caller awaits <see cref="Task"/>.</summary>
internal sealed class LocalCall<T>(GrainId target, GrainMethod method, object?[] arguments, PendingCalls pending)
    : Message(target, method, arguments)
{
    // Continuations run asynchronously so that a caller's code never runs inside the callee's turn.
    private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<T> Task => _completion.Task;

    public override bool IsAnswered => _completion.Task.IsCompleted;

    public override void SetResult(object? result)
    {
        pending.Remove(this);
        _completion.TrySetResult(result is null ? default! : (T)result);
    }

    public override void SetException(Exception exception)
    {
        pending.Remove(this);
        _completion.TrySetException(exception);
    }
}
