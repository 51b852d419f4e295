namespace Vrss.Grains.Posts;

/// <summary>
/// The Memory provider's stand-in for PostgreSQL's <c>'simple'</c> full-text configuration: lower-cased runs
/// of letters and digits are the words; a post matches when it contains every word of the query. (Postgres
/// also understands quotes, <c>or</c> and <c>-word</c> in a query; the Memory provider treats those as words.)
/// </summary>
internal static class SearchText
{
    public static HashSet<string> Words(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return words;
    }
}
