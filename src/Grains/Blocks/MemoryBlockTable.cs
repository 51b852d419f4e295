namespace Vrss.Grains.Blocks;

/// <summary>The blocks and mutes of the Memory provider, keyed as the table's primary key. Guard every access with <see cref="Gate"/>.</summary>
internal sealed class MemoryBlockTable
{
    public Lock Gate { get; } = new();

    public Dictionary<(BlockKind Kind, string Owner, string Target), DateTimeOffset> Rows { get; } = [];
}
