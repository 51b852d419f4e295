using System.Collections.Concurrent;

namespace Vrss.Runtime.Activation;

/// <summary>
/// Runs one activation's turns one at a time, in order, on the thread pool. Continuations after an
/// <c>await</c> in grain code capture this scheduler, so grain code never runs on two threads at once and
/// needs no locks, even when requests interleave.
/// </summary>
internal sealed class ActivationTaskScheduler(GrainActivation activation) : TaskScheduler, IThreadPoolWorkItem
{
    // How many turns run before the scheduler yields its thread, so one busy grain cannot starve others.
    private const int TurnsPerSlice = 64;

    [ThreadStatic]
    private static ActivationTaskScheduler? s_running;

    private readonly ConcurrentQueue<Task> _queue = new();
    private int _scheduled;

    public GrainActivation Activation { get; } = activation;

    public override int MaximumConcurrencyLevel => 1;

    /// <summary>The activation whose turn is running on this thread, if any.</summary>
    public static GrainActivation? CurrentActivation => (Current as ActivationTaskScheduler)?.Activation;

    void IThreadPoolWorkItem.Execute()
    {
        s_running = this;
        try
        {
            for (var i = 0; i < TurnsPerSlice && _queue.TryDequeue(out var task); i++)
            {
                TryExecuteTask(task);
            }
        }
        finally
        {
            s_running = null;
        }

        Volatile.Write(ref _scheduled, 0);
        if (!_queue.IsEmpty && Interlocked.CompareExchange(ref _scheduled, 1, 0) == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
        }
    }

    protected override void QueueTask(Task task)
    {
        _queue.Enqueue(task);
        if (Interlocked.CompareExchange(ref _scheduled, 1, 0) == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: true);
        }
    }

    // Inlining is safe only on the thread that is already running this scheduler's turns.
    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        ReferenceEquals(s_running, this) && TryExecuteTask(task);

    protected override IEnumerable<Task> GetScheduledTasks() => _queue.ToArray();
}
