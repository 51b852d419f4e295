namespace Vrss.Grains.Media.Storage;

/// <summary>Settings of the Local media provider (<c>Vrss:Media:Local</c>).</summary>
public sealed class LocalMediaOptions
{
    /// <summary>Where media files live.</summary>
    public string DataPath { get; set; } = DefaultDataPath;

    /// <summary>
    /// The per-user data folder (<c>~/.local/share/vrss/media</c> on Linux): a relative default resolved against the
    /// working folder put runtime data inside whatever checkout ran the silo.
    /// </summary>
    public static string DefaultDataPath { get; } =
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "vrss", "media");

    /// <summary>
    /// The key that signs upload URLs (base64, at least 32 bytes). Every silo serving uploads must share it;
    /// without one, a random key is made at start-up, which suits a single silo.
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>Prefix for upload and media URLs (for example https://api.example.org); relative when empty.</summary>
    public string? PublicBaseUrl { get; set; }
}
