using Microsoft.Extensions.Logging;
using Vrss.Runtime.Core;
using Vrss.Runtime.Invocation;
using Vrss.Runtime.Messaging;
using Vrss.Runtime.Storage;
using Vrss.Runtime.Timers;

namespace Vrss.Runtime.Activation;

/// <summary>
/// One live instance of a grain on this silo: its mailbox, its scheduler and its life cycle. All scheduling
/// decisions are made under one lock; grain code itself runs on <see cref="Scheduler"/>.
/// </summary>
internal sealed partial class GrainActivation
{
    [ThreadStatic]
    private static GrainActivation? s_constructing;

    private static readonly Action<object?> s_run = static state => ((Message)state!).Activation!.Run((Message)state);
    private static readonly Action<Task, object?> s_completed = static (task, state) => ((Message)state!).Activation!.OnCompleted((Message)state, task);

    private readonly object _lock = new();
    private readonly Queue<Message> _waiting = new();
    private readonly List<IGrainStateLoader> _states = [];
    private readonly List<GrainTimer> _timers = [];
    private readonly TaskCompletionSource _deactivated = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Catalog _catalog;
    private Grain? _instance;
    private ActivationStatus _status = ActivationStatus.Activating;
    private int _running;
    private int _runningReadOnly;
    private int _runningKeepAlive;
    private DeactivationReason? _deactivation;
    private long _lastUse;

    public GrainActivation(GrainId grainId, GrainClassInfo grainClass, Catalog catalog)
    {
        GrainId = grainId;
        GrainClass = grainClass;
        _catalog = catalog;
        Scheduler = new ActivationTaskScheduler(this);
        _lastUse = catalog.Time.GetTimestamp();
    }

    /// <summary>The activation whose constructor is running on this thread (read by <see cref="Grain"/>'s constructor).</summary>
    internal static GrainActivation? Constructing => s_constructing;

    public GrainId GrainId { get; }

    public GrainClassInfo GrainClass { get; }

    public ActivationTaskScheduler Scheduler { get; }

    public Catalog Catalog => _catalog;

    public Task Deactivated => _deactivated.Task;

    public ActivationStatus Status
    {
        get
        {
            lock (_lock)
            {
                return _status;
            }
        }
    }

    /// <summary>Starts activation: construct, read state, <c>OnActivateAsync</c>; requests queue meanwhile.</summary>
    public void Start() =>
        Task.Factory.StartNew(static s => ((GrainActivation)s!).ActivateAsync(), this, CancellationToken.None, TaskCreationOptions.DenyChildAttach, Scheduler);

    /// <summary>Queues a request. False when this activation is gone and the caller must find the new one.</summary>
    public bool TryEnqueue(Message message)
    {
        var full = false;
        lock (_lock)
        {
            if (_status == ActivationStatus.Invalid)
            {
                return false;
            }

            if (message.IsAlwaysInterleave && _status == ActivationStatus.Valid && _deactivation is null)
            {
                Start(message);
                return true;
            }

            if (_waiting.Count >= _catalog.Options.MailboxCapacity)
            {
                full = true;
            }
            else
            {
                _waiting.Enqueue(message);
                if (_status == ActivationStatus.Valid)
                {
                    Pump();
                }
            }
        }

        if (full)
        {
            message.SetException(new MailboxFullException(
                $"Grain {GrainId} has {_catalog.Options.MailboxCapacity} queued requests; {message.Method?.Name} was rejected."));
        }

        return true;
    }

    /// <summary>Asks the activation to deactivate once its running requests finish.</summary>
    public Task DeactivateAsync(DeactivationReason reason)
    {
        lock (_lock)
        {
            if (_status is ActivationStatus.Valid or ActivationStatus.Activating)
            {
                _deactivation ??= reason;
                if (_status == ActivationStatus.Valid && _running == 0)
                {
                    BeginDeactivation();
                }
            }
        }

        return _deactivated.Task;
    }

    public bool IsIdle(long now, long ageTicks)
    {
        lock (_lock)
        {
            // Timer ticks do not count: a grain whose only activity is its own timer is idle.
            return _status == ActivationStatus.Valid && _deactivation is null && _runningKeepAlive == 0
                && now - _lastUse >= ageTicks && _waiting.All(m => !m.KeepsAlive);
        }
    }

    /// <summary>Drops the activation without running grain code: the silo died.</summary>
    public void Abandon()
    {
        List<Message> dropped;
        lock (_lock)
        {
            _status = ActivationStatus.Invalid;
            dropped = [.. _waiting];
            _waiting.Clear();
        }

        DisposeTimers();
        _catalog.Remove(this);
        _deactivated.TrySetResult();
        foreach (var message in dropped)
        {
            message.SetException(new SiloUnavailableException($"The silo hosting {GrainId} stopped."));
        }
    }

    internal object CreatePersistentState(Type stateType, string stateName, string storageName)
    {
        var state = _catalog.StateFactory.Create(stateType, GrainId, stateName, storageName);
        state.WriteFailed = exception => DeactivateOnIdleBecause(
            exception is InconsistentStateException ? DeactivationReason.InconsistentState : DeactivationReason.StateWriteFailed);
        _states.Add(state);
        return state;
    }

    internal void DeactivateOnIdle()
    {
        lock (_lock)
        {
            _deactivation ??= DeactivationReason.ApplicationRequested;
        }
    }

    internal IDisposable RegisterTimer(Func<object?, Task> callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new GrainTimer(this, callback, state, dueTime, period);
        lock (_lock)
        {
            if (_status is ActivationStatus.Deactivating or ActivationStatus.Invalid)
            {
                timer.Dispose();
                return timer;
            }

            _timers.Add(timer);
        }

        timer.Start();
        return timer;
    }

    internal void RemoveTimer(GrainTimer timer)
    {
        lock (_lock)
        {
            _timers.Remove(timer);
        }
    }

    /// <summary>Queues a runtime-internal message (a timer tick) that does not count against the mailbox limit.</summary>
    internal bool TryEnqueueInternal(Message message)
    {
        lock (_lock)
        {
            if (_status is ActivationStatus.Deactivating or ActivationStatus.Invalid || _deactivation is not null)
            {
                return false;
            }

            _waiting.Enqueue(message);
            if (_status == ActivationStatus.Valid)
            {
                Pump();
            }

            return true;
        }
    }

    private async Task ActivateAsync()
    {
        try
        {
            s_constructing = this;
            try
            {
                _instance = GrainClass.Create(this, _catalog.Services);
            }
            finally
            {
                s_constructing = null;
            }

            foreach (var state in _states)
            {
                await state.ReadStateAsync();
            }

            await _instance.OnActivateAsync(_catalog.ShutdownToken);
        }
        catch (Exception exception)
        {
            LogActivationFailed(_catalog.Logger, exception, GrainId);
            List<Message> failed;
            lock (_lock)
            {
                _status = ActivationStatus.Invalid;
                failed = [.. _waiting];
                _waiting.Clear();
            }

            DisposeTimers();
            _catalog.Remove(this);
            _deactivated.TrySetResult();
            foreach (var message in failed)
            {
                message.SetException(exception);
            }

            return;
        }

        lock (_lock)
        {
            _status = ActivationStatus.Valid;
            if (_deactivation is not null && _running == 0)
            {
                BeginDeactivation();
            }
            else
            {
                Pump();
            }
        }
    }

    // Lock held. Starts every waiting request that may run now, in order.
    private void Pump()
    {
        while (_waiting.TryPeek(out var next))
        {
            if (next.IsAnswered)
            {
                _waiting.Dequeue();
                continue;
            }

            if (!CanStart(next))
            {
                return;
            }

            _waiting.Dequeue();
            Start(next);
        }
    }

    private bool CanStart(Message message) =>
        _deactivation is null
        && (_running == 0
            || GrainClass.IsReentrant
            || message.IsAlwaysInterleave
            || (message.IsReadOnly && _runningReadOnly == _running));

    // Lock held.
    private void Start(Message message)
    {
        _running++;
        if (message.IsReadOnly)
        {
            _runningReadOnly++;
        }

        if (message.KeepsAlive)
        {
            _runningKeepAlive++;
            _lastUse = _catalog.Time.GetTimestamp();
        }

        message.Activation = this;
        Task.Factory.StartNew(s_run, message, CancellationToken.None, TaskCreationOptions.DenyChildAttach, Scheduler);
    }

    // On the scheduler: the first segment of the grain method runs here; its continuations follow on the scheduler.
    private void Run(Message message)
    {
        Task task;
        try
        {
            task = message.Invoke(_instance!);
        }
        catch (Exception exception)
        {
            task = Task.FromException(exception);
        }

        if (task.IsCompleted)
        {
            OnCompleted(message, task);
        }
        else
        {
            task.ContinueWith(s_completed, message, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    private void OnCompleted(Message message, Task task)
    {
        // Bookkeeping first: once the caller has its answer, it may move the clock or call again.
        lock (_lock)
        {
            _running--;
            if (message.IsReadOnly)
            {
                _runningReadOnly--;
            }

            if (message.KeepsAlive)
            {
                _runningKeepAlive--;
                _lastUse = _catalog.Time.GetTimestamp();
            }

            if (_deactivation is null)
            {
                Pump();
            }
            else if (_running == 0 && _status == ActivationStatus.Valid)
            {
                BeginDeactivation();
            }
        }

        message.Complete(task);
    }

    private void DeactivateOnIdleBecause(DeactivationReason reason)
    {
        lock (_lock)
        {
            _deactivation ??= reason;
        }
    }

    // Lock held, nothing running.
    private void BeginDeactivation()
    {
        _status = ActivationStatus.Deactivating;
        Task.Factory.StartNew(static s => ((GrainActivation)s!).RunDeactivationAsync(), this, CancellationToken.None, TaskCreationOptions.DenyChildAttach, Scheduler);
    }

    private async Task RunDeactivationAsync()
    {
        DisposeTimers();
        var reason = _deactivation ?? DeactivationReason.ApplicationRequested;
        try
        {
            using var cancel = new CancellationTokenSource(_catalog.Options.DeactivationTimeout, _catalog.Time);
            await _instance!.OnDeactivateAsync(reason, cancel.Token).WaitAsync(_catalog.Options.DeactivationTimeout, _catalog.Time);
        }
        catch (Exception exception)
        {
            LogDeactivationFailed(_catalog.Logger, exception, GrainId);
        }

        List<Message> leftovers;
        lock (_lock)
        {
            _status = ActivationStatus.Invalid;
            leftovers = [.. _waiting];
            _waiting.Clear();
        }

        _catalog.Remove(this);
        _deactivated.TrySetResult();
        foreach (var message in leftovers)
        {
            // Requests that arrived during deactivation go to the grain's next activation.
            _catalog.Redispatch(message);
        }
    }

    private void DisposeTimers()
    {
        GrainTimer[] timers;
        lock (_lock)
        {
            timers = [.. _timers];
            _timers.Clear();
        }

        foreach (var timer in timers)
        {
            timer.Dispose();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Activation of {GrainId} failed")]
    private static partial void LogActivationFailed(ILogger logger, Exception exception, GrainId grainId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "OnDeactivateAsync of {GrainId} failed")]
    private static partial void LogDeactivationFailed(ILogger logger, Exception exception, GrainId grainId);
}
