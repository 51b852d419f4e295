namespace Vrss.Grains.Media.Storage;

/// <summary>Media settings, bound from <c>Vrss:Media</c>. Secrets (S3 keys, the Local signing key) come from the environment.</summary>
public sealed class MediaOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Vrss:Media";

    /// <summary><c>Local</c> (files under <see cref="LocalMediaOptions.DataPath"/>) or <c>S3</c>.</summary>
    public string Provider { get; set; } = "Local";

    /// <summary>The largest file a user may upload on the free tier.</summary>
    public long MaxFileBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>The storage quota of a user on the free tier.</summary>
    public long DefaultQuotaBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>The storage quota (and largest file) of a user on the paid tier.</summary>
    public long PaidQuotaBytes { get; set; } = 1024L * 1024 * 1024;

    /// <summary>How long an upload URL stays valid; an upload not completed by then is released.</summary>
    public TimeSpan UploadExpiry { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often expired uploads are looked for in storage.</summary>
    public TimeSpan ExpirySweepPeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Settings of the Local provider.</summary>
    public LocalMediaOptions Local { get; set; } = new();

    /// <summary>Settings of the S3 provider.</summary>
    public S3MediaOptions S3 { get; set; } = new();
}
