namespace Vrss.Grains.Data;

/// <summary>
/// Argument checks shared by the Memory and Postgres repositories, so both refuse the same calls the same way.
/// These are programming errors (callers validate client input first), hence argument exceptions.
/// </summary>
internal static class Guard
{
    /// <summary>The most ids one call may name (an <c>= ANY(@ids)</c> list).</summary>
    public const int MaxIds = 1000;

    public static void Id(string value, string name) => ArgumentException.ThrowIfNullOrWhiteSpace(value, name);

    /// <summary>Checks a list of ids and returns it without duplicates.</summary>
    public static string[] Ids(IReadOnlyCollection<string> values, string name, int max = MaxIds)
    {
        ArgumentNullException.ThrowIfNull(values, name);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(values.Count, max, name);
        foreach (var value in values)
        {
            Id(value, name);
        }

        return [.. values.Distinct(StringComparer.Ordinal)];
    }

    public static void Limit(int limit, int max, string name = "limit")
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1, name);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, max, name);
    }

    public static void Defined<TEnum>(TEnum value, string name) where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{value} is not a {typeof(TEnum).Name}.");
        }
    }
}
