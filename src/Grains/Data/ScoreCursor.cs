namespace Vrss.Grains.Data;

/// <summary>A keyset position in a list ordered by <c>(score, id)</c>, highest first (the discovery feed).</summary>
internal readonly record struct ScoreCursor(double Score, string Id)
{
    /// <summary>Where a highest-first list starts: above every finite score.</summary>
    public static ScoreCursor Highest { get; } = new(double.PositiveInfinity, "");

    public string Encode() => CursorCodec.Encode(CursorCodec.ScoreKind, BitConverter.DoubleToInt64Bits(Score), Id);

    /// <summary>Decodes a client's cursor; null or empty means <see cref="Highest"/>.</summary>
    /// <exception cref="GrainInterfaces.Errors.VrssException">The cursor is not one of ours.</exception>
    public static ScoreCursor Parse(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return Highest;
        }

        var (bits, id) = CursorCodec.Decode(CursorCodec.ScoreKind, cursor);
        var score = BitConverter.Int64BitsToDouble(bits);
        return double.IsNaN(score) ? throw CursorCodec.Invalid() : new ScoreCursor(score, id);
    }
}
