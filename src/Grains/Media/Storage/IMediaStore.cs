namespace Vrss.Grains.Media.Storage;

/// <summary>Where media bytes live: S3 (presigned URLs) or the local disk (signed URLs on the web front).</summary>
public interface IMediaStore
{
    /// <summary>
    /// The key a client's upload URL for the media key <paramref name="key"/> writes to. A store that decides
    /// itself what lands at a key (Local) answers the key; one whose upload URLs cannot be revoked (S3) answers a
    /// staging key apart from every served key, so a PUT after completion or deletion never reaches served media.
    /// </summary>
    string UploadKeyOf(string key);

    /// <summary>A URL the owner can PUT the object's bytes to until <paramref name="expiresAt"/>.</summary>
    Task<UploadTarget> CreateUploadAsync(string key, string contentType, long size, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    /// <summary>The object's size, or null when it does not exist.</summary>
    Task<StoredObject?> HeadAsync(string key, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="count"/> first bytes of the object (a ranged read).</summary>
    Task<byte[]> ReadPrefixAsync(string key, int count, CancellationToken cancellationToken);

    /// <summary>
    /// Copies the object at <paramref name="fromKey"/> over whatever is at <paramref name="toKey"/>, inside the
    /// store; false when there is no object at <paramref name="fromKey"/>.
    /// </summary>
    Task<bool> CopyAsync(string fromKey, string toKey, CancellationToken cancellationToken);

    /// <summary>Deletes the object if it exists.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes upload bodies still staged that were last written before <paramref name="writtenBefore"/>: an upload
    /// expiry before now, when no upload URL that could have written them is valid any more. How many it deleted.
    /// </summary>
    Task<int> DeleteStaleUploadsAsync(DateTimeOffset writtenBefore, CancellationToken cancellationToken);

    /// <summary>Writes an object the server made itself (a data export), replacing any at <paramref name="key"/>.</summary>
    Task PutAsync(string key, Stream content, string contentType, CancellationToken cancellationToken);

    /// <summary>Opens the whole object for reading, or null when it does not exist.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>The URL readers fetch the object from.</summary>
    string GetReadUrl(string key);
}
