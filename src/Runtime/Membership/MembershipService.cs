using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Vrss.Runtime.Hosting;

namespace Vrss.Runtime.Membership;

/// <summary>
/// This silo's part in membership: it joins the table, heartbeats, declares silos dead when their heartbeat is
/// older than the death timeout, stops itself if it finds itself declared dead, and publishes the view of
/// active silos that placement hashes over. Membership runs on the system clock: an injected test clock
/// governs grain-visible time only, never failure detection.
/// </summary>
internal sealed partial class MembershipService : ISiloLifecycleParticipant, IDisposable
{
    private readonly IMembershipTable _table;
    private readonly MembershipOptions _options;
    private readonly SiloOptions _siloOptions;
    private readonly SiloLifecycle _lifecycle;
    private readonly IHostApplicationLifetime? _application;
    private readonly ILogger<MembershipService> _logger;
    private readonly CancellationTokenSource _stopping = new();
    private readonly SemaphoreSlim _probeGate = new(1, 1);
    private readonly DateTimeOffset _startTime = DateTimeOffset.UtcNow;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private MembershipView _view;
    private Task? _loop;
    private long _lastRequestedProbe;
    private bool _leaving;

    public MembershipService(
        IMembershipTable table,
        IOptions<MembershipOptions> options,
        IOptions<SiloOptions> siloOptions,
        SiloLifecycle lifecycle,
        ILogger<MembershipService> logger,
        IHostApplicationLifetime? application = null)
    {
        _table = table;
        _options = options.Value;
        _siloOptions = siloOptions.Value;
        _lifecycle = lifecycle;
        _application = application;
        _logger = logger;
        Self = new SiloAddress(_siloOptions.AdvertisedAddress, _siloOptions.Port, _startTime.ToUnixTimeMilliseconds() * 1000 + Random.Shared.Next(1000));
        _view = new MembershipView(0, [Self]);
    }

    /// <summary>This silo's address (its port is final once the transport has bound).</summary>
    public SiloAddress Self { get; private set; }

    public MembershipView View => Volatile.Read(ref _view);

    /// <summary>Raised after the set of active silos changed.</summary>
    public event Action<MembershipView>? ViewChanged;

    public void Participate(SiloLifecycle lifecycle)
    {
        lifecycle.Subscribe(SiloStage.Membership, "membership", JoinAsync, LeaveAsync);
        lifecycle.Subscribe(SiloStage.Active, "membership-announce", _ => Task.CompletedTask, AnnounceLeavingAsync);
        lifecycle.OnCrash(_stopping.Cancel);
    }

    /// <summary>Called by the transport once it knows its port.</summary>
    public void SetPort(int port)
    {
        Self = Self with { Port = port };
        _view = new MembershipView(0, [Self]);
    }

    /// <summary>Waits until the view satisfies <paramref name="condition"/>.</summary>
    public async Task WaitForViewAsync(Func<MembershipView, bool> condition, CancellationToken cancellationToken)
    {
        while (true)
        {
            var changed = Volatile.Read(ref _changed).Task;
            if (condition(View))
            {
                return;
            }

            await changed.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Rereads the table soon, for example after a connection to a silo failed.</summary>
    public void RequestProbe()
    {
        var now = Environment.TickCount64;
        var last = Interlocked.Read(ref _lastRequestedProbe);
        if (now - last < 200 || Interlocked.CompareExchange(ref _lastRequestedProbe, now, last) != last || _stopping.IsCancellationRequested)
        {
            return;
        }

        _ = ProbeSafelyAsync();
    }

    // Registered twice in the container (as itself and as a lifecycle participant), so disposal must be idempotent.
    public void Dispose()
    {
        if (!_stopping.IsCancellationRequested)
        {
            _stopping.Cancel();
        }
    }

    private async Task JoinAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var snapshot = await _table.ReadAllAsync(cancellationToken).ConfigureAwait(false);
            if (await _table.TryUpsertAsync(Self, _siloOptions.Name, SiloStatus.Active, _startTime, snapshot.Version, cancellationToken).ConfigureAwait(false))
            {
                break;
            }
        }

        LogJoined(_logger, Self, _siloOptions.Name);
        await ProbeAsync(_stopping.Token).ConfigureAwait(false);
        _loop = Task.Run(LoopAsync, CancellationToken.None);
    }

    private async Task AnnounceLeavingAsync(CancellationToken cancellationToken)
    {
        _leaving = true;
        await SetOwnStatusAsync(SiloStatus.ShuttingDown, cancellationToken).ConfigureAwait(false);
        await ProbeAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task LeaveAsync(CancellationToken cancellationToken)
    {
        _leaving = true;
        await _stopping.CancelAsync().ConfigureAwait(false);
        if (_loop is not null)
        {
            await _loop.ConfigureAwait(false);
        }

        await SetOwnStatusAsync(SiloStatus.Dead, cancellationToken).ConfigureAwait(false);
        LogLeft(_logger, Self);
    }

    private async Task SetOwnStatusAsync(SiloStatus status, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            try
            {
                var snapshot = await _table.ReadAllAsync(cancellationToken).ConfigureAwait(false);
                if (await _table.TryUpdateStatusAsync(Self, status, snapshot.Version, cancellationToken).ConfigureAwait(false))
                {
                    return;
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogProbeFailed(_logger, exception);
                await Task.Delay(100, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task LoopAsync()
    {
        var token = _stopping.Token;
        while (!token.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(_options.ProbePeriod, token).ConfigureAwait(false);
                await _table.HeartbeatAsync(Self, token).ConfigureAwait(false);
                await ProbeAsync(token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogProbeFailed(_logger, exception);
            }
        }
    }

    private async Task ProbeSafelyAsync()
    {
        try
        {
            await ProbeAsync(_stopping.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogProbeFailed(_logger, exception);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    private async Task ProbeAsync(CancellationToken cancellationToken)
    {
        await _probeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var snapshot = await _table.ReadAllAsync(cancellationToken).ConfigureAwait(false);
            var own = snapshot.Entries.FirstOrDefault(e => e.Silo == Self);
            if (own is null || own.Status == SiloStatus.Dead)
            {
                if (!_leaving)
                {
                    StopBecauseDeclaredDead();
                }

                return;
            }

            foreach (var suspect in snapshot.Entries.Where(e => e.Silo != Self && e.Status != SiloStatus.Dead && e.HeartbeatAge > _options.DeathTimeout).ToList())
            {
                if (await _table.TryUpdateStatusAsync(suspect.Silo, SiloStatus.Dead, snapshot.Version, cancellationToken).ConfigureAwait(false))
                {
                    LogDeclaredDead(_logger, suspect.Silo, suspect.Name, suspect.HeartbeatAge.TotalSeconds);
                }

                snapshot = await _table.ReadAllAsync(cancellationToken).ConfigureAwait(false);
            }

            if (snapshot.Version % 100 == 0)
            {
                await _table.CleanUpAsync(_options.DefunctRowAge, cancellationToken).ConfigureAwait(false);
            }

            Publish(new MembershipView(snapshot.Version, snapshot.Entries.Where(e => e.Status == SiloStatus.Active).Select(e => e.Silo)));
        }
        finally
        {
            _probeGate.Release();
        }
    }

    private void Publish(MembershipView view)
    {
        var current = View;
        if (current.ActiveSet.SetEquals(view.ActiveSet))
        {
            return;
        }

        Volatile.Write(ref _view, view);
        LogViewChanged(_logger, view.Version, string.Join(", ", view.ActiveSilos));
        ViewChanged?.Invoke(view);
        Interlocked.Exchange(ref _changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }

    private void StopBecauseDeclaredDead()
    {
        LogSelfDead(_logger, Self);
        _lifecycle.Crash();
        _application?.StopApplication();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Silo {Silo} ({Name}) joined the cluster")]
    private static partial void LogJoined(ILogger logger, SiloAddress silo, string name);

    [LoggerMessage(Level = LogLevel.Information, Message = "Silo {Silo} left the cluster")]
    private static partial void LogLeft(ILogger logger, SiloAddress silo);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Declared silo {Silo} ({Name}) dead: no heartbeat for {Seconds:0.0} s")]
    private static partial void LogDeclaredDead(ILogger logger, SiloAddress silo, string name, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Membership view {Version}: {Silos}")]
    private static partial void LogViewChanged(ILogger logger, long version, string silos);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Silo {Silo} was declared dead by the cluster; stopping")]
    private static partial void LogSelfDead(ILogger logger, SiloAddress silo);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Membership probe failed")]
    private static partial void LogProbeFailed(ILogger logger, Exception exception);
}
