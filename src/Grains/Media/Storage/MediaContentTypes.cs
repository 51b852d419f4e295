using System.Collections.Frozen;
using System.Text;

namespace Vrss.Grains.Media.Storage;

/// <summary>
/// The content types users may upload, the kind each is (image, video, audio), and the magic bytes each must
/// start with: a declared type is believed only when the object's first bytes agree.
/// </summary>
public static class MediaContentTypes
{
    /// <summary>How many leading bytes the checks need.</summary>
    public const int PrefixLength = 16;

    private static readonly FrozenDictionary<string, (string Kind, Func<ReadOnlyMemory<byte>, bool> Matches)> s_types =
        new Dictionary<string, (string, Func<ReadOnlyMemory<byte>, bool>)>(StringComparer.OrdinalIgnoreCase)
        {
            ["image/jpeg"] = ("image", b => StartsWith(b, 0, 0xFF, 0xD8, 0xFF)),
            ["image/png"] = ("image", b => StartsWith(b, 0, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)),
            ["image/gif"] = ("image", b => StartsWith(b, 0, "GIF87a") || StartsWith(b, 0, "GIF89a")),
            ["image/webp"] = ("image", b => StartsWith(b, 0, "RIFF") && StartsWith(b, 8, "WEBP")),
            ["video/mp4"] = ("video", IsIsoMedia),
            ["video/quicktime"] = ("video", IsIsoMedia),
            ["video/webm"] = ("video", IsMatroska),
            ["audio/mpeg"] = ("audio", b => StartsWith(b, 0, "ID3") || IsMpegFrame(b)),
            ["audio/mp4"] = ("audio", IsIsoMedia),
            ["audio/aac"] = ("audio", b => b.Length >= 2 && b.Span[0] == 0xFF && (b.Span[1] & 0xF6) == 0xF0),
            ["audio/wav"] = ("audio", b => StartsWith(b, 0, "RIFF") && StartsWith(b, 8, "WAVE")),
            ["audio/ogg"] = ("audio", b => StartsWith(b, 0, "OggS")),
            ["audio/webm"] = ("audio", IsMatroska),
            ["audio/flac"] = ("audio", b => StartsWith(b, 0, "fLaC")),
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every allowed content type.</summary>
    public static IEnumerable<string> Allowed => s_types.Keys;

    /// <summary>The kind (<c>image</c>, <c>video</c>, <c>audio</c>) of an allowed type; false for anything else.</summary>
    public static bool TryGetKind(string contentType, out string kind)
    {
        if (s_types.TryGetValue(Normalize(contentType), out var entry))
        {
            kind = entry.Kind;
            return true;
        }

        kind = "";
        return false;
    }

    /// <summary>Whether <paramref name="prefix"/> (the object's first bytes) matches the declared type.</summary>
    public static bool MatchesMagicBytes(string contentType, ReadOnlyMemory<byte> prefix) =>
        s_types.TryGetValue(Normalize(contentType), out var entry) && entry.Matches(prefix);

    /// <summary>The type without parameters, lower-cased (<c>image/PNG; x=y</c> is <c>image/png</c>).</summary>
    public static string Normalize(string contentType)
    {
        var semicolon = contentType.IndexOf(';', StringComparison.Ordinal);
        return (semicolon >= 0 ? contentType[..semicolon] : contentType).Trim().ToLowerInvariant();
    }

    // ISO base media (MP4, MOV, M4A): a box size, then "ftyp".
    private static bool IsIsoMedia(ReadOnlyMemory<byte> bytes) => StartsWith(bytes, 4, "ftyp");

    private static bool IsMatroska(ReadOnlyMemory<byte> bytes) => StartsWith(bytes, 0, 0x1A, 0x45, 0xDF, 0xA3);

    // An MPEG audio frame header: 11 set sync bits.
    private static bool IsMpegFrame(ReadOnlyMemory<byte> bytes) => bytes.Length >= 2 && bytes.Span[0] == 0xFF && (bytes.Span[1] & 0xE0) == 0xE0;

    private static bool StartsWith(ReadOnlyMemory<byte> bytes, int offset, params byte[] expected) =>
        bytes.Length >= offset + expected.Length && bytes.Span.Slice(offset, expected.Length).SequenceEqual(expected);

    private static bool StartsWith(ReadOnlyMemory<byte> bytes, int offset, string ascii) =>
        StartsWith(bytes, offset, Encoding.ASCII.GetBytes(ascii));
}
