using Microsoft.Extensions.Options;
using Vrss.Runtime.Hosting;

namespace Vrss.Runtime.Activation;

/// <summary>Periodically deactivates idle activations, on the silo's <see cref="TimeProvider"/>.</summary>
internal sealed class ActivationCollector(Catalog catalog, TimeProvider time, IOptions<GrainRuntimeOptions> options) : IDisposable
{
    private ITimer? _timer;

    public void Start()
    {
        var quantum = options.Value.CollectionQuantum;
        _timer = time.CreateTimer(static s => _ = ((Catalog)s!).CollectIdleAsync(), catalog, quantum, quantum);
    }

    public void Dispose() => _timer?.Dispose();
}
