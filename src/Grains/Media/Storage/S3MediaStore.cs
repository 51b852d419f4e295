using System.Net;
using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.Extensions.Options;
using Vrss.GrainInterfaces.Errors;

namespace Vrss.Grains.Media.Storage;

/// <summary>
/// Media in S3 or an S3-compatible store: clients PUT straight to the bucket through presigned URLs whose
/// signature covers the content type and length. A presigned URL cannot be revoked, so it targets a staging key
/// under <c>uploads/</c>; completion copies the object to its media key inside the bucket and checks the copy
/// with HEAD and a ranged GET. A PUT that comes later only rewrites the staging key, which the sweep deletes.
/// </summary>
public sealed class S3MediaStore : IMediaStore, IDisposable
{
    private readonly AmazonS3Client _client;
    private readonly S3MediaOptions _options;

    /// <summary>Creates the store from <c>Vrss:Media:S3</c>.</summary>
    public S3MediaStore(IOptions<MediaOptions> options)
    {
        _options = options.Value.S3;
        if (string.IsNullOrWhiteSpace(_options.Bucket))
        {
            throw new InvalidOperationException("Vrss:Media:Provider is S3 but Vrss:Media:S3:Bucket is empty.");
        }

        var config = new AmazonS3Config { ForcePathStyle = _options.ForcePathStyle, AuthenticationRegion = _options.Region };
        if (string.IsNullOrWhiteSpace(_options.ServiceUrl))
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(_options.Region);
        }
        else
        {
            config.ServiceURL = _options.ServiceUrl;
        }

        _client = string.IsNullOrEmpty(_options.AccessKey)
            ? new AmazonS3Client(config)
            : new AmazonS3Client(new BasicAWSCredentials(_options.AccessKey, _options.SecretKey), config);
    }

    /// <inheritdoc />
    public string UploadKeyOf(string key) => MediaKeys.UploadKeyOf(key);

    /// <inheritdoc />
    public async Task<UploadTarget> CreateUploadAsync(string key, string contentType, long size, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var request = new GetPreSignedUrlRequest
        {
            BucketName = _options.Bucket,
            Key = key,
            Verb = HttpVerb.PUT,
            ContentType = contentType,
            Expires = expiresAt.UtcDateTime,
            Protocol = IsHttp ? Protocol.HTTP : Protocol.HTTPS,
        };

        // Signed, so S3 itself refuses a body of any other length: never more bytes than the quota reserved.
        request.Headers.ContentLength = size;
        var url = await _client.GetPreSignedURLAsync(request).ConfigureAwait(false);
        return new UploadTarget(url, contentType, expiresAt, size);
    }

    /// <inheritdoc />
    public async Task<StoredObject?> HeadAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var head = await _client.GetObjectMetadataAsync(_options.Bucket, key, cancellationToken).ConfigureAwait(false);
            return new StoredObject(key, head.ContentLength);
        }
        catch (AmazonS3Exception exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        catch (Exception exception) when (exception is AmazonServiceException or HttpRequestException)
        {
            throw Unavailable(exception);
        }
    }

    /// <inheritdoc />
    public async Task<byte[]> ReadPrefixAsync(string key, int count, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await _client.GetObjectAsync(
                new GetObjectRequest { BucketName = _options.Bucket, Key = key, ByteRange = new ByteRange(0, count - 1) },
                cancellationToken).ConfigureAwait(false);
            using var buffer = new MemoryStream();
            await response.ResponseStream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            var bytes = buffer.ToArray();
            return bytes.Length > count ? bytes[..count] : bytes;
        }
        catch (AmazonS3Exception exception) when (exception.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.RequestedRangeNotSatisfiable)
        {
            return [];
        }
        catch (Exception exception) when (exception is AmazonServiceException or HttpRequestException)
        {
            throw Unavailable(exception);
        }
    }

    /// <inheritdoc />
    public async Task<bool> CopyAsync(string fromKey, string toKey, CancellationToken cancellationToken)
    {
        try
        {
            await _client.CopyObjectAsync(
                new CopyObjectRequest { SourceBucket = _options.Bucket, SourceKey = fromKey, DestinationBucket = _options.Bucket, DestinationKey = toKey },
                cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (AmazonS3Exception exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
        catch (Exception exception) when (exception is AmazonServiceException or HttpRequestException)
        {
            throw Unavailable(exception);
        }
    }

    /// <inheritdoc />
    public async Task PutAsync(string key, Stream content, string contentType, CancellationToken cancellationToken)
    {
        try
        {
            // Without chunked encoding: S3-compatible servers on plain HTTP would otherwise keep the framing as the body.
            await _client.PutObjectAsync(
                new PutObjectRequest { BucketName = _options.Bucket, Key = key, InputStream = content, ContentType = contentType, UseChunkEncoding = false },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is AmazonServiceException or HttpRequestException)
        {
            throw Unavailable(exception);
        }
    }

    /// <inheritdoc />
    public async Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var response = await _client.GetObjectAsync(new GetObjectRequest { BucketName = _options.Bucket, Key = key }, cancellationToken).ConfigureAwait(false);
            return response.ResponseStream;
        }
        catch (AmazonS3Exception exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        catch (Exception exception) when (exception is AmazonServiceException or HttpRequestException)
        {
            throw Unavailable(exception);
        }
    }

    /// <inheritdoc />
    public async Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            await _client.DeleteObjectAsync(_options.Bucket, key, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is AmazonServiceException or HttpRequestException)
        {
            throw Unavailable(exception);
        }
    }

    /// <summary>
    /// Lists the staging prefix and deletes what is older than <paramref name="writtenBefore"/>. It holds only
    /// uploads in flight and bodies PUT after their upload settled, so the listing stays short.
    /// </summary>
    public async Task<int> DeleteStaleUploadsAsync(DateTimeOffset writtenBefore, CancellationToken cancellationToken)
    {
        var deleted = 0;
        var request = new ListObjectsV2Request { BucketName = _options.Bucket, Prefix = MediaKeys.UploadPrefix };
        try
        {
            ListObjectsV2Response page;
            do
            {
                page = await _client.ListObjectsV2Async(request, cancellationToken).ConfigureAwait(false);
                foreach (var stale in (page.S3Objects ?? []).Where(o => o.LastModified is { } at && at.ToUniversalTime() < writtenBefore.UtcDateTime))
                {
                    await _client.DeleteObjectAsync(_options.Bucket, stale.Key, cancellationToken).ConfigureAwait(false);
                    deleted++;
                }

                request.ContinuationToken = page.NextContinuationToken;
            }
            while (page.IsTruncated == true);
        }
        catch (Exception exception) when (exception is AmazonServiceException or HttpRequestException)
        {
            throw Unavailable(exception);
        }

        return deleted;
    }

    /// <summary>
    /// The web front's media path (which checks access and redirects to <see cref="PresignRead"/>), or a public
    /// URL under <see cref="S3MediaOptions.PublicBaseUrl"/> when media are published through a CDN.
    /// </summary>
    public string GetReadUrl(string key) =>
        string.IsNullOrEmpty(_options.PublicBaseUrl) ? $"/{key}" : $"{_options.PublicBaseUrl.TrimEnd('/')}/{key}";

    /// <summary>A presigned GET of the object, valid for five minutes.</summary>
    public string PresignRead(string key) =>
        _client.GetPreSignedURL(new GetPreSignedUrlRequest
        {
            BucketName = _options.Bucket,
            Key = key,
            Verb = HttpVerb.GET,
            Expires = DateTime.UtcNow.AddMinutes(5),
            Protocol = IsHttp ? Protocol.HTTP : Protocol.HTTPS,
        });

    /// <inheritdoc />
    public void Dispose() => _client.Dispose();

    private bool IsHttp => _options.ServiceUrl?.StartsWith("http://", StringComparison.OrdinalIgnoreCase) == true;

    private static VrssException Unavailable(Exception exception) =>
        new(ErrorCode.ExternalServiceError, $"Media storage is unavailable ({exception.GetType().Name}); try again shortly.");
}
