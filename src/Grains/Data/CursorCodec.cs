using System.Buffers.Binary;
using System.Buffers.Text;
using System.Text;
using Vrss.GrainInterfaces.Errors;

namespace Vrss.Grains.Data;

/// <summary>
/// The opaque cursor format: base64url of a kind byte, an 8-byte big-endian key (a time or a score) and the
/// UTF-8 id that breaks ties. The kind byte makes a cursor of one list useless for another instead of wrong.
/// </summary>
internal static class CursorCodec
{
    public const byte TimeKind = (byte)'T';
    public const byte ScoreKind = (byte)'S';

    // Ids are short; a longer cursor is garbage, refused before it is decoded.
    private const int MaxEncodedLength = 512;

    public static string Encode(byte kind, long key, string id)
    {
        var bytes = new byte[9 + Encoding.UTF8.GetByteCount(id)];
        bytes[0] = kind;
        BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(1), key);
        Encoding.UTF8.GetBytes(id, bytes.AsSpan(9));
        return Base64Url.EncodeToString(bytes);
    }

    public static (long Key, string Id) Decode(byte kind, string cursor)
    {
        if (cursor.Length > MaxEncodedLength)
        {
            throw Invalid();
        }

        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(cursor);
        }
        catch (FormatException)
        {
            throw Invalid();
        }

        if (bytes.Length < 9 || bytes[0] != kind)
        {
            throw Invalid();
        }

        string id;
        try
        {
            id = new UTF8Encoding(false, true).GetString(bytes, 9, bytes.Length - 9);
        }
        catch (DecoderFallbackException)
        {
            throw Invalid();
        }

        return (BinaryPrimitives.ReadInt64BigEndian(bytes.AsSpan(1)), id);
    }

    public static VrssException Invalid() =>
        VrssException.Invalid("cursor", "cursor is not valid for this list", ErrorCode.InvalidFormat);
}
