using Microsoft.Extensions.DependencyInjection;
using Vrss.Runtime.Core;

namespace Vrss.Runtime.Storage;

/// <summary>Creates the <see cref="IPersistentState{TState}"/> a grain constructor asks for.</summary>
internal sealed class PersistentStateFactory(IServiceProvider services)
{
    public IGrainStateLoader Create(Type stateType, GrainId grainId, string stateName, string storageName)
    {
        var storage = services.GetKeyedService<IGrainStorage>(storageName)
            ?? throw new InvalidOperationException($"No grain storage named '{storageName}' is registered.");
        return (IGrainStateLoader)Activator.CreateInstance(
            typeof(PersistentState<>).MakeGenericType(stateType), storage, grainId, stateName)!;
    }
}
