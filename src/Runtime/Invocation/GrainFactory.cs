using Vrss.Runtime.Core;

namespace Vrss.Runtime.Invocation;

/// <summary>Creates proxies whose calls go through this silo's runtime.</summary>
internal sealed class GrainFactory(GrainTypeRegistry registry, IGrainCallRuntime runtime) : IGrainFactory
{
    public TGrain GetGrain<TGrain>(string key) where TGrain : IGrainWithStringKey
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return Create<TGrain>(key);
    }

    public TGrain GetGrain<TGrain>(Guid key) where TGrain : IGrainWithGuidKey => Create<TGrain>(key.ToString("D"));

    private TGrain Create<TGrain>(string key)
    {
        var info = registry.GetInterface(typeof(TGrain));
        return GrainTypeRegistry.CreateProxy<TGrain>(new GrainReference(new GrainId(info.GrainClass.GrainType, key), runtime), info);
    }
}
