namespace Vrss.Grains.Users;

/// <summary>The user-search rules both repositories share.</summary>
internal static class UserSearch
{
    /// <summary>Queries at least this long also match display names that merely contain them (the trigram index needs 3 characters).</summary>
    public const int MinInnerMatchLength = 3;

    public static bool MatchesInsideDisplayNames(string query) => query.Length >= MinInnerMatchLength;

    /// <summary>The rank of a match (lower is better), or null when the user does not match.</summary>
    public static int? Rank(string query, string username, string displayName)
    {
        var display = displayName.ToLowerInvariant();
        if (string.Equals(username, query, StringComparison.Ordinal))
        {
            return 0;
        }

        if (username.StartsWith(query, StringComparison.Ordinal))
        {
            return 1;
        }

        if (display.StartsWith(query, StringComparison.Ordinal))
        {
            return 2;
        }

        return MatchesInsideDisplayNames(query) && display.Contains(query, StringComparison.Ordinal) ? 3 : null;
    }

    /// <summary>Escapes LIKE's wildcards (and the escape character) so the query matches literally.</summary>
    public static string EscapeLike(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
