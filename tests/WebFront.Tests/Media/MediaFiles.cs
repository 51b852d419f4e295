namespace Vrss.WebFront.Tests.Media;

/// <summary>Small files whose first bytes are what their type says (or deliberately not).</summary>
internal static class MediaFiles
{
    public static byte[] Png(int size)
    {
        var bytes = new byte[size];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(bytes, 0);
        for (var i = 8; i < size; i++)
        {
            bytes[i] = (byte)(i * 7);
        }

        return bytes;
    }

    public static byte[] Jpeg(int size)
    {
        var bytes = Png(size);
        new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0, 0, 0 }.CopyTo(bytes, 0);
        return bytes;
    }

    /// <summary>An HTML page, to upload while claiming it is an image.</summary>
    public static byte[] Html(int size)
    {
        var bytes = new byte[size];
        System.Text.Encoding.ASCII.GetBytes("<html><script>alert(1)</script>").AsSpan(0, Math.Min(size, 31)).CopyTo(bytes);
        return bytes;
    }
}
