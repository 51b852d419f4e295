using Vrss.GrainInterfaces.Paging;

namespace Vrss.Grains.Tests.Data;

/// <summary>Walks every page of a list.</summary>
internal static class Paging
{
    /// <summary>Reads pages until the cursor runs out; <paramref name="between"/> runs after each page (to change the data meanwhile).</summary>
    public static async Task<List<T>> AllAsync<T>(Func<string?, Task<Page<T>>> read, Func<int, Task>? between = null, int maxPages = 1000)
    {
        var items = new List<T>();
        string? cursor = null;
        for (var page = 0; page < maxPages; page++)
        {
            var result = await read(cursor);
            items.AddRange(result.Items);
            if (result.NextCursor is null)
            {
                return items;
            }

            Assert.NotEmpty(result.Items);
            if (between is not null)
            {
                await between(page);
            }

            cursor = result.NextCursor;
        }

        throw new InvalidOperationException($"More than {maxPages} pages: the cursor does not advance.");
    }
}
