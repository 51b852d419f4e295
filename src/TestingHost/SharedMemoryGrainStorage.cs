using System.Globalization;
using Orleans.Storage;

namespace Vrss.TestingHost;

/// <summary>
/// Grain storage that every silo of a <see cref="TestCluster"/> shares, as real silos share PostgreSQL: a killed
/// silo loses its activations, never their persisted state (Orleans' memory storage keeps state in grains, which
/// die with their silo). Writes are conditional on the ETag read, like the ADO.NET provider's.
/// </summary>
internal sealed class SharedMemoryGrainStorage(IGrainStorageSerializer serializer) : IGrainStorage
{
    // Serialized, so a read hands out a copy and an activation's unwritten changes never leak into storage.
    private readonly Dictionary<(string Name, GrainId Id), (BinaryData Data, long Version)> _rows = [];
    private readonly Lock _lock = new();

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        lock (_lock)
        {
            if (_rows.TryGetValue((stateName, grainId), out var row))
            {
                grainState.State = serializer.Deserialize<T>(row.Data);
                grainState.ETag = Format(row.Version);
                grainState.RecordExists = true;
            }
            else
            {
                grainState.State = Activator.CreateInstance<T>();
                grainState.ETag = null;
                grainState.RecordExists = false;
            }
        }

        return Task.CompletedTask;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var data = serializer.Serialize(grainState.State);
        lock (_lock)
        {
            var version = Check(stateName, grainId, grainState.ETag) + 1;
            _rows[(stateName, grainId)] = (data, version);
            grainState.ETag = Format(version);
            grainState.RecordExists = true;
        }

        return Task.CompletedTask;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        lock (_lock)
        {
            Check(stateName, grainId, grainState.ETag);
            _rows.Remove((stateName, grainId));
        }

        grainState.ETag = null;
        grainState.RecordExists = false;
        grainState.State = Activator.CreateInstance<T>();
        return Task.CompletedTask;
    }

    private long Check(string stateName, GrainId grainId, string? etag)
    {
        var current = _rows.TryGetValue((stateName, grainId), out var row) ? row.Version : 0;
        var expected = etag is null ? 0 : long.Parse(etag, CultureInfo.InvariantCulture);
        return current == expected
            ? current
            : throw new InconsistentStateException($"State {stateName} of {grainId} is at version {current}, not {expected}.", etag, Format(current));
    }

    private static string Format(long version) => version.ToString(CultureInfo.InvariantCulture);
}
