namespace Vrss.Grains.Data;

/// <summary>
/// A keyset position in a list ordered by <c>(time, id)</c>: the page after it starts strictly past this
/// pair, so rows inserted between pages never shift the rest of the list (no gaps, no duplicates).
/// </summary>
internal readonly record struct TimeCursor(DateTimeOffset At, string Id)
{
    // Sentinels instead of "no cursor" keep one SQL text (and one plan) per query: every stored time lies
    // strictly between them, so "(t, id) < Newest" and "(t, id) > Oldest" hold for every row.
    private static readonly DateTimeOffset s_latest = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset s_earliest = new(1, 1, 2, 0, 0, 0, TimeSpan.Zero);
    private static readonly long s_minMicros = (DateTimeOffset.MinValue.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;
    private static readonly long s_maxMicros = (DateTimeOffset.MaxValue.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;

    /// <summary>Where a newest-first list starts.</summary>
    public static TimeCursor Newest { get; } = new(s_latest, "");

    /// <summary>Where an oldest-first list starts.</summary>
    public static TimeCursor Oldest { get; } = new(s_earliest, "");

    public string Encode() => CursorCodec.Encode(CursorCodec.TimeKind, (At.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10, Id);

    /// <summary>Decodes a client's cursor; null or empty means <paramref name="start"/>.</summary>
    /// <exception cref="GrainInterfaces.Errors.VrssException">The cursor is not one of ours.</exception>
    public static TimeCursor Parse(string? cursor, TimeCursor start)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return start;
        }

        var (micros, id) = CursorCodec.Decode(CursorCodec.TimeKind, cursor);
        if (micros < s_minMicros || micros > s_maxMicros)
        {
            throw CursorCodec.Invalid();
        }

        return new TimeCursor(new DateTimeOffset(DateTimeOffset.UnixEpoch.UtcTicks + (micros * 10), TimeSpan.Zero), id);
    }
}
