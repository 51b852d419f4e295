namespace Vrss.Grains.Notifications;

/// <summary>
/// Finds <c>@username</c> mentions in text. A username is 3-30 of <c>[a-z0-9_]</c>, case-insensitive (API.md's
/// rule); a mention starts at an <c>@</c> that does not follow a name character (so <c>ada@example.com</c> is
/// not one) and ends where name characters end (so a run longer than 30 is not one either).
/// </summary>
public static class Mentions
{
    /// <summary>The most distinct users one post or comment can notify by mentioning them.</summary>
    public const int MaxPerText = 20;

    private const int MinLength = 3;
    private const int MaxLength = 30;

    /// <summary>The distinct usernames mentioned, lower-cased, in order of first appearance, at most <see cref="MaxPerText"/>.</summary>
    public static IReadOnlyList<string> Find(string? text)
    {
        var found = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return found;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < text.Length && found.Count < MaxPerText; i++)
        {
            if (text[i] != '@' || (i > 0 && IsNameCharacter(text[i - 1])))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && IsNameCharacter(text[end]))
            {
                end++;
            }

            var length = end - i - 1;
            if (length is >= MinLength and <= MaxLength)
            {
                var username = text.Substring(i + 1, length).ToLowerInvariant();
                if (seen.Add(username))
                {
                    found.Add(username);
                }
            }

            i = end - 1;
        }

        return found;
    }

    private static bool IsNameCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
