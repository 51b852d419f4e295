using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Vrss.Grains.Media.Storage;

/// <summary>
/// Media on the silo's disk (the embedded default). Upload URLs point at the web front
/// (<c>PUT /media/upload/{token}</c>) with an HMAC-signed token that fixes the object key, the content type,
/// the size and the expiry; a body is staged apart and moved to its key only by its upload session
/// (<see cref="LocalUploadReceiver"/>). Media are served back by the web front after a visibility check.
/// </summary>
public sealed class LocalMediaStore : IMediaStore
{
    private readonly string _root;
    private readonly string _baseUrl;
    private readonly UploadTokenSigner _signer;

    /// <summary>Creates the store from <c>Vrss:Media:Local</c>.</summary>
    public LocalMediaStore(IOptions<MediaOptions> options, TimeProvider time)
    {
        var local = options.Value.Local;
        _root = Path.GetFullPath(local.DataPath);
        Directory.CreateDirectory(_root);
        _baseUrl = (local.PublicBaseUrl ?? "").TrimEnd('/');
        var key = string.IsNullOrWhiteSpace(local.SigningKey) ? RandomNumberGenerator.GetBytes(32) : Convert.FromBase64String(local.SigningKey);
        if (key.Length < 32)
        {
            throw new InvalidOperationException("Vrss:Media:Local:SigningKey must be at least 32 bytes (base64).");
        }

        _signer = new UploadTokenSigner(key, time);
        DropAbandonedBodies(time.GetUtcNow() - options.Value.UploadExpiry);
    }

    /// <summary>The key itself: a body lands there only when its upload session moves it (<see cref="Promote"/>).</summary>
    public string UploadKeyOf(string key) => key;

    /// <inheritdoc />
    public Task<UploadTarget> CreateUploadAsync(string key, string contentType, long size, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var token = _signer.Sign(new UploadToken(key, contentType, size, expiresAt.ToUnixTimeSeconds()));
        return Task.FromResult(new UploadTarget($"{_baseUrl}/media/upload/{token}", contentType, expiresAt, size));
    }

    /// <summary>
    /// The upload a PUT's token allows, when the token is ours, unexpired and the PUT's
    /// <paramref name="contentType"/> is the signed one; null with the <paramref name="refusal"/> otherwise.
    /// </summary>
    public UploadToken? Authorize(string token, string? contentType, out LocalUploadResult refusal)
    {
        var upload = _signer.Verify(token, out var expired);
        refusal = upload is null ? LocalUploadResult.InvalidToken
            : expired ? LocalUploadResult.Expired
            : contentType is null || !string.Equals(MediaContentTypes.Normalize(contentType), MediaContentTypes.Normalize(upload.ContentType), StringComparison.Ordinal)
                ? LocalUploadResult.WrongContentType
                : LocalUploadResult.Stored;
        return refusal == LocalUploadResult.Stored ? upload : null;
    }

    /// <summary>
    /// Writes a PUT's body to a staging file of its own, apart from every media key, until
    /// <see cref="Promote"/> moves it or <see cref="Discard"/> drops it. Reads at most one byte more than
    /// <paramref name="size"/> (a longer body is refused there, unread), and keeps only a body of exactly
    /// <paramref name="size"/> bytes.
    /// </summary>
    public async Task<LocalUploadResult> StageAsync(Guid claim, long size, Stream body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        var path = StagingPathOf(claim);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var stored = false;
        try
        {
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                var buffer = new byte[81920];
                long total = 0;
                int read;
                while ((read = await body.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, size - total + 1)), cancellationToken).ConfigureAwait(false)) > 0)
                {
                    total += read;
                    if (total > size)
                    {
                        return LocalUploadResult.TooLarge;
                    }

                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                }

                if (total < size)
                {
                    return LocalUploadResult.TooShort;
                }
            }

            stored = true;
            return LocalUploadResult.Stored;
        }
        finally
        {
            if (!stored)
            {
                File.Delete(path);
            }
        }
    }

    /// <summary>
    /// Moves the body staged under <paramref name="claim"/> to <paramref name="key"/>, never over an object
    /// already there (the filesystem refuses it atomically); false when nothing moved.
    /// </summary>
    public bool Promote(Guid claim, string key)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            File.Move(StagingPathOf(claim), path, overwrite: false);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>Drops whatever is staged under <paramref name="claim"/>.</summary>
    public void Discard(Guid claim) => File.Delete(StagingPathOf(claim));

    /// <inheritdoc />
    public Task<StoredObject?> HeadAsync(string key, CancellationToken cancellationToken)
    {
        var file = new FileInfo(PathOf(key));
        return Task.FromResult(file.Exists ? new StoredObject(key, file.Length) : null);
    }

    /// <inheritdoc />
    public async Task<byte[]> ReadPrefixAsync(string key, int count, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        if (!File.Exists(path))
        {
            return [];
        }

        await using var file = File.OpenRead(path);
        var buffer = new byte[count];
        var read = await file.ReadAtLeastAsync(buffer, count, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        return buffer[..read];
    }

    /// <inheritdoc />
    public Task<bool> CopyAsync(string fromKey, string toKey, CancellationToken cancellationToken)
    {
        var from = PathOf(fromKey);
        if (!File.Exists(from))
        {
            return Task.FromResult(false);
        }

        var to = PathOf(toKey);
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Copy(from, to, overwrite: true);
        return Task.FromResult(true);
    }

    /// <inheritdoc />
    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        if (File.Exists(path))
        {
            File.Delete(path);
        }

        return Task.CompletedTask;
    }

    /// <summary>Drops bodies a crash left staged (the same rule as at start-up, for silos that run for long).</summary>
    public Task<int> DeleteStaleUploadsAsync(DateTimeOffset writtenBefore, CancellationToken cancellationToken) =>
        Task.FromResult(DropAbandonedBodies(writtenBefore));

    /// <inheritdoc />
    public string GetReadUrl(string key) => $"{_baseUrl}/{key}";

    /// <inheritdoc />
    public async Task PutAsync(string key, Stream content, string contentType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Written aside and moved, so a reader never sees half an object.
        var partial = path + ".writing";
        await using (var file = File.Create(partial))
        {
            await content.CopyToAsync(file, cancellationToken).ConfigureAwait(false);
        }

        File.Move(partial, path, overwrite: true);
    }

    /// <inheritdoc />
    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken) => Task.FromResult(OpenRead(key));

    /// <summary>Opens a stored object for reading, or null when it does not exist.</summary>
    public Stream? OpenRead(string key)
    {
        var path = PathOf(key);
        return File.Exists(path) ? File.OpenRead(path) : null;
    }

    // A body still staged an upload expiry after its last write was cut off by a crash (a live one is written to,
    // a finished one moved or dropped): no upload can take it any more, and no quota counts it.
    private int DropAbandonedBodies(DateTimeOffset before)
    {
        var staging = new DirectoryInfo(Path.Combine(_root, ".staging"));
        var dropped = 0;
        if (staging.Exists)
        {
            foreach (var file in staging.EnumerateFiles("*.part").Where(f => f.LastWriteTimeUtc < before.UtcDateTime))
            {
                file.Delete();
                dropped++;
            }
        }

        return dropped;
    }

    // Media keys start with "media/", so the staging folder is never a key's folder nor served.
    private string StagingPathOf(Guid claim) => Path.Combine(_root, ".staging", $"{claim:N}.part");

    // Keys are built from safe segments, but a path must never leave the media folder whatever it holds.
    private string PathOf(string key)
    {
        var path = Path.GetFullPath(Path.Combine(_root, key));
        return path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? path
            : throw new ArgumentException($"Key '{key}' leaves the media folder.", nameof(key));
    }
}
