using Vrss.GrainInterfaces.Paging;

namespace Vrss.Grains.Data;

/// <summary>
/// Builds a <see cref="Page{T}"/> from up to <c>limit + 1</c> rows: the extra row only says that another page
/// exists, and the cursor points at the last row shown.
/// </summary>
internal static class Pages
{
    public static Page<T> From<T>(IReadOnlyList<T> rows, int limit, Func<T, string> cursorOf)
    {
        if (rows.Count <= limit)
        {
            return new Page<T>(rows, null);
        }

        var items = rows.Take(limit).ToList();
        return new Page<T>(items, cursorOf(items[^1]));
    }
}
