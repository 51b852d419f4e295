namespace Vrss.Grains.Media.Storage;

/// <summary>Where and how a client uploads the bytes of one media item.</summary>
/// <param name="Url">The URL to PUT to.</param>
/// <param name="ContentType">The <c>Content-Type</c> the PUT must carry (it is signed).</param>
/// <param name="ExpiresAt">When the URL stops working.</param>
/// <param name="ContentLength">The <c>Content-Length</c> the PUT must carry (it is signed): the declared size.</param>
public sealed record UploadTarget(string Url, string ContentType, DateTimeOffset ExpiresAt, long ContentLength);
