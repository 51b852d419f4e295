using Vrss.GrainInterfaces.Paging;

namespace Vrss.Grains.Data;

/// <summary>
/// Keyset pagination over in-memory rows with exactly the order PostgreSQL gives: by time, then by id in
/// ordinal order (the id columns use the "C" collation, which compares bytes as ordinal comparison does).
/// </summary>
internal static class MemoryKeyset
{
    public static int Compare(DateTimeOffset at, string id, DateTimeOffset otherAt, string otherId)
    {
        var byTime = at.UtcTicks.CompareTo(otherAt.UtcTicks);
        return byTime != 0 ? byTime : string.CompareOrdinal(id, otherId);
    }

    /// <summary>The page of <paramref name="rows"/> after <paramref name="after"/>, newest first.</summary>
    public static Page<T> Descending<T>(IEnumerable<T> rows, Func<T, DateTimeOffset> at, Func<T, string> id, TimeCursor after, int limit) =>
        Pages.From(
            rows.Where(r => Compare(at(r), id(r), after.At, after.Id) < 0)
                .OrderByDescending(at)
                .ThenByDescending(id, StringComparer.Ordinal)
                .Take(limit + 1)
                .ToList(),
            limit,
            r => new TimeCursor(at(r), id(r)).Encode());

    /// <summary>The page of <paramref name="rows"/> after <paramref name="after"/>, oldest first.</summary>
    public static Page<T> Ascending<T>(IEnumerable<T> rows, Func<T, DateTimeOffset> at, Func<T, string> id, TimeCursor after, int limit) =>
        Pages.From(
            rows.Where(r => Compare(at(r), id(r), after.At, after.Id) > 0)
                .OrderBy(at)
                .ThenBy(id, StringComparer.Ordinal)
                .Take(limit + 1)
                .ToList(),
            limit,
            r => new TimeCursor(at(r), id(r)).Encode());
}
