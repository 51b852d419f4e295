namespace Vrss.Runtime.Hosting;

/// <summary>
/// The silo's start and stop sequence. Components subscribe at a stage: stages start in ascending order and
/// stop in descending order, so a graceful stop announces the departure, hands grains off, then closes.
/// </summary>
public sealed class SiloLifecycle
{
    private readonly List<(int Stage, string Name, Func<CancellationToken, Task> Start, Func<CancellationToken, Task> Stop)> _observers = [];
    private readonly List<Action> _crashHandlers = [];
    private volatile bool _started;
    private volatile bool _stopped;

    /// <summary>True once the silo has started and joined its cluster, until it begins to stop.</summary>
    public bool IsStarted => _started && !_stopped;

    /// <summary>True once the silo has begun to stop; it accepts no new activations.</summary>
    public bool IsStopped => _stopped;

    /// <summary>Runs <paramref name="start"/> and <paramref name="stop"/> at the given stage.</summary>
    public void Subscribe(int stage, string name, Func<CancellationToken, Task> start, Func<CancellationToken, Task> stop)
    {
        lock (_observers)
        {
            _observers.Add((stage, name, start, stop));
        }
    }

    internal async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var observer in Ordered().OrderBy(o => o.Stage))
        {
            await observer.Start(cancellationToken).ConfigureAwait(false);
        }

        _started = true;
    }

    internal async Task StopAsync(CancellationToken cancellationToken)
    {
        _stopped = true;
        foreach (var observer in Ordered().OrderByDescending(o => o.Stage))
        {
            await observer.Stop(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Registers what a component does when the silo dies abruptly (tests simulate a crash this way).</summary>
    internal void OnCrash(Action handler)
    {
        lock (_crashHandlers)
        {
            _crashHandlers.Add(handler);
        }
    }

    /// <summary>Stops everything at once without running grain code or telling anyone, like a killed process.</summary>
    internal void Crash()
    {
        _stopped = true;
        Action[] handlers;
        lock (_crashHandlers)
        {
            handlers = [.. _crashHandlers];
        }

        foreach (var handler in handlers)
        {
            handler();
        }
    }

    private List<(int Stage, string Name, Func<CancellationToken, Task> Start, Func<CancellationToken, Task> Stop)> Ordered()
    {
        lock (_observers)
        {
            return [.. _observers];
        }
    }
}
