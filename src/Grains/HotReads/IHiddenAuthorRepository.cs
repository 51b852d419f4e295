namespace Vrss.Grains.HotReads;

/// <summary>Reads every hidden author at once (suspended or waiting for their purge), to fill a silo's <see cref="HiddenAuthors"/>.</summary>
public interface IHiddenAuthorRepository
{
    /// <summary>Every hidden author and why; an author hidden for two reasons may come as two rows.</summary>
    Task<IReadOnlyList<KeyValuePair<string, HiddenReasons>>> ListAsync();
}
