namespace Vrss.Runtime.Storage;

/// <summary>
/// A grain's persistent state. Every write is conditional on the version last read or written: a stale
/// write throws <see cref="InconsistentStateException"/> and the activation is deactivated so that its
/// next request reloads.
/// </summary>
public interface IPersistentState<TState>
{
    /// <summary>The state; a new instance when nothing is stored.</summary>
    TState State { get; set; }

    /// <summary>The stored version this activation holds.</summary>
    string? Etag { get; }

    /// <summary>Whether stored state exists.</summary>
    bool RecordExists { get; }

    /// <summary>Reads the stored state, replacing <see cref="State"/>.</summary>
    Task ReadStateAsync();

    /// <summary>Writes <see cref="State"/> if the stored version is still <see cref="Etag"/>.</summary>
    Task WriteStateAsync();

    /// <summary>Clears the stored state if its version is still <see cref="Etag"/>.</summary>
    Task ClearStateAsync();
}
