namespace Vrss.Grains.Media.Storage;

/// <summary>Settings of the Local media provider (<c>Vrss:Media:Local</c>).</summary>
public sealed class LocalMediaOptions
{
    /// <summary>Where media files live.</summary>
    public string DataPath { get; set; } = Path.Combine("data", "media");

    /// <summary>
    /// The key that signs upload URLs (base64, at least 32 bytes). Every silo serving uploads must share it;
    /// without one, a random key is made at start-up, which suits a single silo.
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>Prefix for upload and media URLs (for example https://api.example.org); relative when empty.</summary>
    public string? PublicBaseUrl { get; set; }
}
