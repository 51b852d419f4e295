using Microsoft.Extensions.Options;
using Vrss.Grains.Media.Storage;
using Vrss.WebFront.Client;

namespace Vrss.Silo.Media;

/// <summary>
/// Tells the PWA's content security policy (<see cref="ClientContentSecurityPolicy"/>) which other origins media
/// come from and go to, from the media options: none with the Local provider (media and uploads are on this
/// origin); with S3, the public base URL media are read from, and the endpoint presigned uploads are sent to
/// (path style: the service URL; virtual-hosted: the bucket's host name under it, or AWS's own).
/// </summary>
public sealed class MediaOriginsSetup(IOptions<MediaOptions> media) : IConfigureOptions<MediaOrigins>
{
    /// <inheritdoc />
    public void Configure(MediaOrigins options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var value = media.Value;
        if (!string.Equals(value.Provider, "S3", StringComparison.Ordinal))
        {
            return;
        }

        var s3 = value.S3;
        if (!string.IsNullOrWhiteSpace(s3.PublicBaseUrl))
        {
            options.Read.Add(s3.PublicBaseUrl);
        }

        if (Uri.TryCreate(s3.ServiceUrl, UriKind.Absolute, out var service))
        {
            options.Upload.Add(s3.ForcePathStyle
                ? service.GetLeftPart(UriPartial.Authority)
                : new UriBuilder(service) { Host = $"{s3.Bucket}.{service.Host}" }.Uri.GetLeftPart(UriPartial.Authority));
            return;
        }

        options.Upload.Add($"https://{s3.Bucket}.s3.{s3.Region}.amazonaws.com");
        if (s3.Region == "us-east-1")
        {
            options.Upload.Add($"https://{s3.Bucket}.s3.amazonaws.com");
        }
    }
}
