namespace Vrss.Grains.Media.Storage;

/// <summary>Settings of the S3 media provider (<c>Vrss:Media:S3</c>): AWS S3 or any S3-compatible store.</summary>
public sealed class S3MediaOptions
{
    /// <summary>The endpoint of an S3-compatible store; empty for AWS S3 in <see cref="Region"/>.</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>The bucket media go to.</summary>
    public string Bucket { get; set; } = "";

    /// <summary>The region (also the signing region of S3-compatible stores).</summary>
    public string Region { get; set; } = "us-east-1";

    /// <summary>The access key id; from the environment (<c>Vrss__Media__S3__AccessKey</c>).</summary>
    public string? AccessKey { get; set; }

    /// <summary>The secret key; from the environment (<c>Vrss__Media__S3__SecretKey</c>).</summary>
    public string? SecretKey { get; set; }

    /// <summary>Path-style addressing (bucket in the path), which most S3-compatible stores need.</summary>
    public bool ForcePathStyle { get; set; }

    /// <summary>Where readers fetch media (a CDN or the bucket's public URL); presigned GETs are used when empty.</summary>
    public string? PublicBaseUrl { get; set; }
}
