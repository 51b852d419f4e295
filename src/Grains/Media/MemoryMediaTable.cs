namespace Vrss.Grains.Media;

/// <summary>Media records of the Memory provider. Guard every access with <see cref="Gate"/>.</summary>
internal sealed class MemoryMediaTable
{
    public Lock Gate { get; } = new();

    public Dictionary<string, MediaRecord> Rows { get; } = new(StringComparer.Ordinal);
}
