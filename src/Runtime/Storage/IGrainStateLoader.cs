namespace Vrss.Runtime.Storage;

/// <summary>A persistent state the activation reads before <c>OnActivateAsync</c>.</summary>
internal interface IGrainStateLoader
{
    Task ReadStateAsync();
}
