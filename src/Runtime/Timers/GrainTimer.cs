using Vrss.Runtime.Activation;

namespace Vrss.Runtime.Timers;

/// <summary>
/// A timer owned by an activation. Each tick is delivered through the activation's mailbox as a turn of
/// its own, so a callback never overlaps a request; a tick is skipped while the previous one is pending.
/// Ticks do not keep the activation from idle collection.
/// </summary>
internal sealed class GrainTimer(
    GrainActivation activation,
    Func<object?, Task> callback,
    object? state,
    TimeSpan dueTime,
    TimeSpan period) : IDisposable
{
    private ITimer? _timer;
    private int _pending;
    private bool _disposed;

    public GrainActivation Activation => activation;

    public void Start() =>
        _timer = activation.Catalog.Time.CreateTimer(static s => ((GrainTimer)s!).OnTick(), this, dueTime, period);

    public Task InvokeCallback() => callback(state);

    public void TickFinished() => Volatile.Write(ref _pending, 0);

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _timer?.Dispose();
        activation.RemoveTimer(this);
    }

    private void OnTick()
    {
        if (_disposed || Interlocked.Exchange(ref _pending, 1) == 1)
        {
            return;
        }

        if (!activation.TryEnqueueInternal(new TimerTick(this)))
        {
            Volatile.Write(ref _pending, 0);
        }
    }
}
