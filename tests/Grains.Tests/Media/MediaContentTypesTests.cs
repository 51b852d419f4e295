using System.Text;
using Vrss.Grains.Media.Storage;

namespace Vrss.Grains.Tests.Media;

public sealed class MediaContentTypesTests
{
    public static TheoryData<string, string, byte[]> Samples => new()
    {
        { "image/jpeg", "image", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10] },
        { "image/png", "image", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0] },
        { "image/gif", "image", Encoding.ASCII.GetBytes("GIF89a....") },
        { "image/webp", "image", Encoding.ASCII.GetBytes("RIFF\0\0\0\0WEBPVP8 ") },
        { "video/mp4", "video", [0, 0, 0, 0x18, .. Encoding.ASCII.GetBytes("ftypmp42")] },
        { "video/quicktime", "video", [0, 0, 0, 0x14, .. Encoding.ASCII.GetBytes("ftypqt  ")] },
        { "video/webm", "video", [0x1A, 0x45, 0xDF, 0xA3, 0x9F] },
        { "audio/mpeg", "audio", Encoding.ASCII.GetBytes("ID3\u0004\0\0") },
        { "audio/mp4", "audio", [0, 0, 0, 0x20, .. Encoding.ASCII.GetBytes("ftypM4A ")] },
        { "audio/aac", "audio", [0xFF, 0xF1, 0x50, 0x80] },
        { "audio/wav", "audio", Encoding.ASCII.GetBytes("RIFF\0\0\0\0WAVEfmt ") },
        { "audio/ogg", "audio", Encoding.ASCII.GetBytes("OggS\0\u0002") },
        { "audio/webm", "audio", [0x1A, 0x45, 0xDF, 0xA3, 0x9F] },
        { "audio/flac", "audio", Encoding.ASCII.GetBytes("fLaC\0\0\0\u0022") },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void AllowedType_HasItsKind_AndAcceptsItsMagicBytes(string contentType, string kind, byte[] prefix)
    {
        Assert.True(MediaContentTypes.TryGetKind(contentType, out var actual));
        Assert.Equal(kind, actual);
        Assert.True(MediaContentTypes.MatchesMagicBytes(contentType, prefix));
        Assert.True(MediaContentTypes.MatchesMagicBytes(contentType.ToUpperInvariant() + "; charset=binary", prefix));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void AllowedType_RejectsTextPretendingToBeIt(string contentType, string kind, byte[] prefix)
    {
        Assert.NotEmpty(kind);
        Assert.NotEmpty(prefix);
        Assert.False(MediaContentTypes.MatchesMagicBytes(contentType, Encoding.ASCII.GetBytes("<html><script>")));
        Assert.False(MediaContentTypes.MatchesMagicBytes(contentType, ReadOnlyMemory<byte>.Empty));
    }

    [Fact]
    public void PngBytes_DoNotPassAsJpeg()
    {
        Assert.False(MediaContentTypes.MatchesMagicBytes("image/jpeg", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }));
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("image/svg+xml")]
    [InlineData("application/octet-stream")]
    [InlineData("")]
    public void TypeOutsideTheAllowlist_IsRejected(string contentType) =>
        Assert.False(MediaContentTypes.TryGetKind(contentType, out _));
}
