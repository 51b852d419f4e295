using Vrss.Runtime.Core;

namespace Vrss.Runtime.Storage;

/// <summary>
/// A grain storage provider. Versions are integers carried as strings in <see cref="IGrainState{T}.ETag"/>;
/// a write or clear whose ETag is not the stored version throws <see cref="InconsistentStateException"/>.
/// Clearing keeps the version moving forward, so an old ETag can never match again.
/// </summary>
public interface IGrainStorage
{
    /// <summary>Reads the state of <paramref name="grainId"/> named <paramref name="stateName"/>.</summary>
    Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState);

    /// <summary>Writes the state if the stored version equals <see cref="IGrainState{T}.ETag"/>, then sets the new version.</summary>
    Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState);

    /// <summary>Clears the state if the stored version equals <see cref="IGrainState{T}.ETag"/>.</summary>
    Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState);
}
