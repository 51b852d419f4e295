namespace Vrss.Grains.Media.Storage;

/// <summary>Where media bytes live: S3 (presigned URLs) or the local disk (signed URLs on the web front).</summary>
public interface IMediaStore
{
    /// <summary>A URL the owner can PUT the object's bytes to until <paramref name="expiresAt"/>.</summary>
    Task<UploadTarget> CreateUploadAsync(string key, string contentType, long size, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    /// <summary>The object's size, or null when it does not exist.</summary>
    Task<StoredObject?> HeadAsync(string key, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="count"/> first bytes of the object (a ranged read).</summary>
    Task<byte[]> ReadPrefixAsync(string key, int count, CancellationToken cancellationToken);

    /// <summary>Deletes the object if it exists.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken);

    /// <summary>The URL readers fetch the object from.</summary>
    string GetReadUrl(string key);
}
