using Vrss.Runtime.Activation;
using Vrss.Runtime.Core;
using Vrss.Runtime.Invocation;

namespace Vrss.Runtime.Messaging;

/// <summary>A request on its way to, or waiting in, an activation's mailbox.</summary>
internal abstract class Message(GrainId target, GrainMethod? method, object?[] arguments)
{
    public GrainId Target { get; } = target;

    /// <summary>The method to call; null for runtime-internal messages such as timer ticks.</summary>
    public GrainMethod? Method { get; } = method;

    public object?[] Arguments { get; } = arguments;

    /// <summary>Correlation id, assigned when the caller starts waiting for the answer.</summary>
    public long CallId { get; set; }

    /// <summary>When the caller stops waiting, in <see cref="TimeProvider.GetTimestamp"/> units.</summary>
    public long Deadline { get; set; } = long.MaxValue;

    /// <summary>How many times a silo that did not own the grain passed the message on.</summary>
    public int Hops { get; set; }

    /// <summary>The activation running the message, set when its turn starts.</summary>
    public GrainActivation? Activation { get; set; }

    /// <summary>The connection a remote call was sent on, so that calls on a lost connection can fail fast.</summary>
    public object? SentOn { get; set; }

    /// <summary>How many times the message waited for silos' views to agree before being routed afresh.</summary>
    public int Reroutes { get; set; }

    /// <summary>Whether the call was already retried once on another silo.</summary>
    public bool Retried { get; set; }

    /// <summary>The type a response carries: the method's result type unless a message says otherwise.</summary>
    public virtual Type? ResultType => Method?.ResultType;

    public virtual bool IsReadOnly => Method?.IsReadOnly ?? false;

    public virtual bool IsAlwaysInterleave => Method?.IsAlwaysInterleave ?? false;

    /// <summary>Whether running the message counts as use that keeps the activation from idle collection.</summary>
    public virtual bool KeepsAlive => true;

    /// <summary>True once the caller has its answer (for example, it timed out): the message need not run.</summary>
    public abstract bool IsAnswered { get; }

    public virtual Task Invoke(Grain grain) => Method!.Invoke(grain, Arguments);

    /// <summary>Answers the caller from the grain's completed task.</summary>
    public void Complete(Task completed)
    {
        if (completed.IsCompletedSuccessfully)
        {
            SetResult(Method?.GetResult(completed));
        }
        else if (completed.IsCanceled)
        {
            SetException(new TaskCanceledException(completed));
        }
        else
        {
            var error = completed.Exception!;
            SetException(error.InnerExceptions.Count == 1 ? error.InnerException! : error);
        }
    }

    public abstract void SetResult(object? result);

    public abstract void SetException(Exception exception);

    /// <inheritdoc />
    public override string ToString() => $"{Method?.Name ?? GetType().Name} on {Target}";
}
