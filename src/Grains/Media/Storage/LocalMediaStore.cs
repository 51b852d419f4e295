using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Vrss.Grains.Media.Storage;

/// <summary>
/// Media on the silo's disk (the embedded default). Upload URLs point at the web front
/// (<c>PUT /media/upload/{token}</c>) with an HMAC-signed token that fixes the object key, the content type,
/// the size cap and the expiry; media are served back by the web front after a visibility check.
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
    }

    /// <inheritdoc />
    public Task<UploadTarget> CreateUploadAsync(string key, string contentType, long size, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var token = _signer.Sign(new UploadToken(key, contentType, size, expiresAt.ToUnixTimeSeconds()));
        return Task.FromResult(new UploadTarget($"{_baseUrl}/media/upload/{token}", contentType, expiresAt));
    }

    /// <summary>Stores the body of a PUT to an upload URL, if the token allows it.</summary>
    public async Task<LocalUploadResult> WriteUploadAsync(string token, string? contentType, Stream body, CancellationToken cancellationToken)
    {
        var upload = _signer.Verify(token, out var expired);
        if (upload is null)
        {
            return LocalUploadResult.InvalidToken;
        }

        if (expired)
        {
            return LocalUploadResult.Expired;
        }

        if (contentType is null || !string.Equals(MediaContentTypes.Normalize(contentType), MediaContentTypes.Normalize(upload.ContentType), StringComparison.Ordinal))
        {
            return LocalUploadResult.WrongContentType;
        }

        var path = PathOf(upload.Key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.part";
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                var buffer = new byte[81920];
                long total = 0;
                int read;
                while ((read = await body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    total += read;
                    if (total > upload.MaxBytes)
                    {
                        return LocalUploadResult.TooLarge;
                    }

                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                }
            }

            File.Move(temporary, path, overwrite: true);
            return LocalUploadResult.Stored;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

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
    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        if (File.Exists(path))
        {
            File.Delete(path);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public string GetReadUrl(string key) => $"{_baseUrl}/{key}";

    /// <summary>Opens a stored object for reading, or null when it does not exist.</summary>
    public Stream? OpenRead(string key)
    {
        var path = PathOf(key);
        return File.Exists(path) ? File.OpenRead(path) : null;
    }

    // Keys are built from safe segments, but a path must never leave the media folder whatever it holds.
    private string PathOf(string key)
    {
        var path = Path.GetFullPath(Path.Combine(_root, key));
        return path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? path
            : throw new ArgumentException($"Key '{key}' leaves the media folder.", nameof(key));
    }
}
