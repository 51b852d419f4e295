using System.Text;

namespace Vrss.Grains.Media.Storage;

/// <summary>
/// Object keys (<c>media/{userId}/{mediaId}/{filename}</c>) with a filename that is safe everywhere, and the
/// staging keys (<c>uploads/{userId}/{mediaId}/{filename}</c>) S3 upload URLs write to instead.
/// </summary>
public static class MediaKeys
{
    /// <summary>The prefix of every staging key; nothing under it is ever served.</summary>
    public const string UploadPrefix = "uploads/";

    private const string MediaPrefix = "media/";
    private const int MaxFilenameLength = 100;

    /// <summary>The key of a media object.</summary>
    public static string For(string userId, string mediaId, string filename) =>
        $"media/{SafeSegment(userId)}/{SafeSegment(mediaId)}/{SanitizeFilename(filename)}";

    /// <summary>The media id in a key made by <see cref="For"/>.</summary>
    public static string MediaIdOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var segments = key.Split('/');
        return segments is ["media", _, var mediaId, _] ? SafeSegment(mediaId) : throw new ArgumentException($"'{key}' is not a media key.", nameof(key));
    }

    /// <summary>
    /// The staging key of a media key made by <see cref="For"/>: derived rather than stored, so records made
    /// before staging existed need no migration.
    /// </summary>
    public static string UploadKeyOf(string key)
    {
        MediaIdOf(key);
        return UploadPrefix + key[MediaPrefix.Length..];
    }

    /// <summary>
    /// Keeps letters, digits, dot, dash and underscore (anything else becomes an underscore), drops leading dots
    /// so no name is hidden or a path step, and caps the length while keeping the extension.
    /// </summary>
    public static string SanitizeFilename(string filename)
    {
        var name = Path.GetFileName(filename.Replace('\\', '/'));
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_');
        }

        var safe = builder.ToString().TrimStart('.');
        if (safe.Length > MaxFilenameLength)
        {
            var extension = Path.GetExtension(safe);
            extension = extension.Length <= 10 ? extension : "";
            safe = safe[..(MaxFilenameLength - extension.Length)] + extension;
        }

        return safe.Trim('_').Length == 0 ? "file" : safe;
    }

    private static string SafeSegment(string value) =>
        value.Length > 0 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? value
            : throw new ArgumentException($"'{value}' is not a safe key segment.", nameof(value));
}
