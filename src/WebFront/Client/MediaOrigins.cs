namespace Vrss.WebFront.Client;

/// <summary>
/// Origins other than the web front's own that the PWA talks to for media: where media are read from (a CDN or
/// bucket under <c>Vrss:Media:S3:PublicBaseUrl</c>) and where presigned uploads go (the S3 endpoint). Not bound
/// from configuration: the silo derives them from the media options, which parse those keys.
/// </summary>
public sealed class MediaOrigins
{
    /// <summary>Origins (<c>https://cdn.example.com</c>) images and other media are loaded from.</summary>
    public IList<string> Read { get; } = [];

    /// <summary>Origins the browser <c>PUT</c>s uploads to.</summary>
    public IList<string> Upload { get; } = [];
}
