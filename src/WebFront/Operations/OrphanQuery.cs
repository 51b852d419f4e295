namespace Vrss.WebFront.Operations;

/// <summary>The bounds and defaults of the orphan-media procedures.</summary>
internal static class OrphanQuery
{
    public const int MaxHours = 24 * 365;
    public const int MaxLimit = 1000;
    public const int DefaultHours = 24;
    public const int DefaultLimit = 100;

    public static TimeSpan Grace(int? hours) => TimeSpan.FromHours(hours ?? DefaultHours);

    public static int Limit(int? limit) => limit ?? DefaultLimit;
}
