using Vrss.Runtime.Core;

namespace Vrss.Runtime.Storage;

/// <summary>Binds one named state of one grain to its storage provider.</summary>
internal sealed class PersistentState<TState>(IGrainStorage storage, GrainId grainId, string stateName)
    : IPersistentState<TState>, IGrainState<TState>, IGrainStateLoader
{
    public Action<Exception>? WriteFailed { get; set; }

    public TState State { get; set; } = CreateDefault();

    public string? ETag { get; set; }

    public bool RecordExists { get; set; }

    string? IPersistentState<TState>.Etag => ETag;

    public Task ReadStateAsync() => storage.ReadStateAsync(stateName, grainId, this);

    public async Task WriteStateAsync()
    {
        try
        {
            await storage.WriteStateAsync(stateName, grainId, this);
        }
        catch (Exception exception)
        {
            WriteFailed?.Invoke(exception);
            throw;
        }
    }

    public async Task ClearStateAsync()
    {
        try
        {
            await storage.ClearStateAsync(stateName, grainId, this);
        }
        catch (Exception exception)
        {
            WriteFailed?.Invoke(exception);
            throw;
        }

        State = CreateDefault();
    }

    internal static TState CreateDefault() =>
        typeof(TState).IsValueType || typeof(TState).GetConstructor(Type.EmptyTypes) is not null
            ? Activator.CreateInstance<TState>()
            : throw new InvalidOperationException($"State type {typeof(TState).Name} needs a public parameterless constructor.");
}
