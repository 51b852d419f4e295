using Vrss.GrainInterfaces.Text;

namespace Vrss.WebFront.Discovery;

/// <summary>The rules for search queries: one line of 1-200 characters, trimmed.</summary>
public static class SearchQuery
{
    /// <summary>The longest query.</summary>
    public const int MaxLength = 200;

    /// <summary>Checks a query and returns it trimmed.</summary>
    public static string Check(string? query) => PlainText.Required(query, "query", MaxLength, multiline: false).Trim();
}
