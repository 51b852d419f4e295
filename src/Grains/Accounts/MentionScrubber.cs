
namespace Vrss.Grains.Accounts;

/// <summary>
/// Rewrites mentions of a purged account in others' text: <c>@name</c> becomes <c>@[deleted]</c>, which is no mention
/// (brackets are not name characters), so the freed name never points at whoever takes it next.
/// </summary>
public static class MentionScrubber
{
    /// <summary>What a mention of a purged account becomes.</summary>
    public const string Replacement = "@[deleted]";

    /// <summary>Whether <paramref name="text"/> mentions <paramref name="username"/> (lower case).</summary>
    public static bool Mentions(string text, string username) => Notifications.Mentions.Find(text).Contains(username);

    /// <summary><paramref name="text"/> with every mention of <paramref name="username"/> (lower case) replaced.</summary>
    public static string Scrub(string text, string username)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(username);
        var result = new System.Text.StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var end = i + 1;
            while (end < text.Length && IsNameCharacter(text[end]))
            {
                end++;
            }

            var isMention = text[i] == '@' && (i == 0 || !IsNameCharacter(text[i - 1]))
                && string.Equals(text[(i + 1)..end], username, StringComparison.OrdinalIgnoreCase);
            if (isMention)
            {
                result.Append(Replacement);
                i = end;
            }
            else
            {
                result.Append(text[i]);
                i++;
            }
        }

        return result.ToString();
    }

    private static bool IsNameCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
