using Vrss.Runtime.Core;

namespace Vrss.Runtime.Tests.Grains;

public sealed class LifecycleGrain(LifecycleLog log) : Grain, ILifecycleGrain
{
    private int _touches;
    private int _ticks;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        log.Add($"activate:{GetPrimaryKeyString()}");
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        log.Add($"deactivate:{GetPrimaryKeyString()}:{reason}");
        return Task.CompletedTask;
    }

    public Task<int> TouchAsync() => Task.FromResult(++_touches);

    public Task DeactivateAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    public Task StartTimerAsync(TimeSpan period)
    {
        RegisterTimer(_ =>
        {
            _ticks++;
            log.Add($"tick:{GetPrimaryKeyString()}");
            return Task.CompletedTask;
        }, null, period, period);
        return Task.CompletedTask;
    }

    public Task<int> GetTicksAsync() => Task.FromResult(_ticks);
}
