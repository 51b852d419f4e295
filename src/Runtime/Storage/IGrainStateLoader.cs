namespace Vrss.Runtime.Storage;

/// <summary>A persistent state the activation reads before <c>OnActivateAsync</c>.</summary>
internal interface IGrainStateLoader
{
    Task ReadStateAsync();

    /// <summary>Called when a write or clear fails: the grain's memory may now differ from storage.</summary>
    Action<Exception>? WriteFailed { get; set; }
}
