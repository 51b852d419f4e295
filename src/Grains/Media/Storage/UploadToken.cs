namespace Vrss.Grains.Media.Storage;

/// <summary>What a Local upload URL allows: one object key, one content type, a size cap, until a time.</summary>
/// <param name="Key">The object key the bytes go to.</param>
/// <param name="ContentType">The only <c>Content-Type</c> accepted.</param>
/// <param name="MaxBytes">The most bytes accepted.</param>
/// <param name="ExpiresAt">Unix seconds after which the URL is refused.</param>
public sealed record UploadToken(string Key, string ContentType, long MaxBytes, long ExpiresAt);
