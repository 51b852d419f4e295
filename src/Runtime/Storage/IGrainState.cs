namespace Vrss.Runtime.Storage;

/// <summary>The state a storage provider reads into and writes from.</summary>
public interface IGrainState<T>
{
    /// <summary>The state.</summary>
    T State { get; set; }

    /// <summary>The version the state was read at; null when nothing was ever stored.</summary>
    string? ETag { get; set; }

    /// <summary>Whether stored state exists.</summary>
    bool RecordExists { get; set; }
}
