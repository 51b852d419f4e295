using Vrss.Runtime.Activation;

namespace Vrss.Runtime.Core;

/// <summary>
/// Base class of every grain. The runtime constructs it (never <c>new</c> it yourself) on the first call to
/// its key, runs <see cref="OnActivateAsync"/>, then delivers requests one turn at a time.
/// </summary>
public abstract class Grain
{
    private readonly GrainActivation _activation;

    /// <summary>Binds the grain to the activation the runtime is constructing.</summary>
    protected Grain()
    {
        _activation = GrainActivation.Constructing
            ?? throw new InvalidOperationException("Grains are created by the runtime: use IGrainFactory.GetGrain instead of new.");
    }

    /// <summary>This grain's identity.</summary>
    public GrainId GrainId => _activation.GrainId;

    /// <summary>Creates references to other grains.</summary>
    protected IGrainFactory GrainFactory => _activation.Catalog.GrainFactory;

    /// <summary>The silo's services.</summary>
    protected IServiceProvider ServiceProvider => _activation.Catalog.Services;

    /// <summary>The string key of this grain.</summary>
    public string GetPrimaryKeyString() => GrainId.Key;

    /// <summary>The <see cref="Guid"/> key of this grain.</summary>
    public Guid GetPrimaryKey() => Guid.Parse(GrainId.Key);

    /// <summary>Runs after the grain's persistent state is read and before its first request.</summary>
    public virtual Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs once no request is running, before the activation is dropped.</summary>
    public virtual Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Registers a timer whose ticks run as turns of this activation. Timers end with the activation and do
    /// not keep it alive.
    /// </summary>
    protected IDisposable RegisterTimer(Func<object?, Task> callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        _activation.RegisterTimer(callback, state, dueTime, period);

    /// <summary>Deactivates this activation when the current request finishes.</summary>
    protected void DeactivateOnIdle() => _activation.DeactivateOnIdle();
}
