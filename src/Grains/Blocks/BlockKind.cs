namespace Vrss.Grains.Blocks;

/// <summary>The two lists a user keeps about others; the values are stored (<c>user_blocks.kind</c>).</summary>
public enum BlockKind
{
    /// <summary>A block: no interaction either way, each hidden from the other.</summary>
    Block = 1,

    /// <summary>A mute: the muted user is hidden from the muter only.</summary>
    Mute = 2,
}
