using System.Globalization;
using Vrss.Runtime.Core;
using Vrss.Runtime.Serialization;

namespace Vrss.Runtime.Storage;

/// <summary>
/// Grain storage in process memory. It serialises state (so a grain never shares objects with storage) and
/// checks versions exactly as the PostgreSQL provider does.
/// </summary>
public sealed class MemoryGrainStorage(MemoryStorageBackend backend, JsonCodec codec) : IGrainStorage
{
    /// <inheritdoc />
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var row = backend.Get((grainId.Type, grainId.Key, stateName));
        grainState.ETag = row is null ? null : Format(row.Version);
        grainState.RecordExists = row?.Json is not null;
        grainState.State = row?.Json is { } json ? (T)codec.Deserialize(json, typeof(T))! : PersistentState<T>.CreateDefault();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var json = codec.Serialize(grainState.State, typeof(T));
        var version = Swap((grainId.Type, grainId.Key, stateName), grainState.ETag, json);
        grainState.ETag = Format(version);
        grainState.RecordExists = true;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var key = (grainId.Type, grainId.Key, stateName);
        if (grainState.ETag is null && backend.Get(key) is null)
        {
            grainState.RecordExists = false;
            return Task.CompletedTask;
        }

        grainState.ETag = Format(Swap(key, grainState.ETag, null));
        grainState.RecordExists = false;
        return Task.CompletedTask;
    }

    private long Swap((string, string, string) key, string? etag, byte[]? json)
    {
        while (true)
        {
            var current = backend.Get(key);
            if (current is null)
            {
                if (etag is not null)
                {
                    throw Mismatch(key, null, etag);
                }

                if (backend.TryInsert(key, new MemoryStorageBackend.Row(json, 1)))
                {
                    return 1;
                }

                continue;
            }

            if (etag != Format(current.Version))
            {
                throw Mismatch(key, Format(current.Version), etag);
            }

            var next = new MemoryStorageBackend.Row(json, current.Version + 1);
            if (backend.TryReplace(key, current, next))
            {
                return next.Version;
            }
        }
    }

    private static InconsistentStateException Mismatch((string Type, string Key, string State) key, string? stored, string? expected) =>
        new($"State '{key.State}' of {key.Type}/{key.Key} is at version {stored ?? "none"}, not {expected ?? "none"}.", stored, expected);

    private static string Format(long version) => version.ToString(CultureInfo.InvariantCulture);
}
