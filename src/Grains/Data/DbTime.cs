namespace Vrss.Grains.Data;

/// <summary>
/// Times as the database keeps them: UTC with microsecond precision. Both repository implementations
/// normalise every time they store, so a row read back (and a cursor built from it) is identical on both.
/// </summary>
internal static class DbTime
{
    /// <summary>The UTC instant of <paramref name="value"/> truncated to whole microseconds.</summary>
    public static DateTimeOffset Normalize(DateTimeOffset value) =>
        new(value.UtcTicks - (value.UtcTicks % 10), TimeSpan.Zero);

    /// <summary>The UTC instant of <paramref name="value"/> truncated to whole microseconds, or null.</summary>
    public static DateTimeOffset? Normalize(DateTimeOffset? value) => value is { } v ? Normalize(v) : null;
}
