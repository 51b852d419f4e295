using Vrss.GrainInterfaces.Users;
using Vrss.Grains.Posts;

namespace Vrss.Grains.Users;

/// <summary>The user-search rules both repositories share.</summary>
internal static class UserSearch
{
    /// <summary>Queries at least this long also match display names that merely contain them (the trigram index needs 3 characters).</summary>
    public const int MinInnerMatchLength = 3;

    public static bool MatchesInsideDisplayNames(string query) => query.Length >= MinInnerMatchLength;

    /// <summary>The rank of a match (lower is better), or null when the user does not match.</summary>
    public static int? Rank(string query, string username, string displayName, IReadOnlySet<string>? profileWords = null)
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

        if (MatchesInsideDisplayNames(query) && display.Contains(query, StringComparison.Ordinal))
        {
            return 3;
        }

        var words = SearchText.Words(query);
        return profileWords is { Count: > 0 } && words.Count > 0 && words.IsSubsetOf(profileWords) ? 4 : null;
    }

    /// <summary>
    /// The words of a profile that search matches (headline, bio, credits, education), or null when there are none.
    /// Names are not repeated here: the other ranks match them.
    /// </summary>
    public static string? ProfileText(string? headline, string? bio, IEnumerable<ProfileCredit> credits, IEnumerable<ProfileEducation> education)
    {
        var parts = new List<string?> { headline, bio };
        parts.AddRange(credits.SelectMany(c => new[] { c.Title, c.Role, c.Org }));
        parts.AddRange(education.SelectMany(e => new[] { e.Institution, e.Degree, e.Field }));
        var text = string.Join('\n', parts.Where(p => !string.IsNullOrWhiteSpace(p)));
        return text.Length == 0 ? null : text;
    }

    /// <summary>Escapes LIKE's wildcards (and the escape character) so the query matches literally.</summary>
    public static string EscapeLike(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
