using System.Net;
using Microsoft.Extensions.Options;
using Vrss.Grains.Media.Storage;
using Vrss.Testing;

namespace Vrss.Grains.Tests.Media;

/// <summary>The S3 provider against s3rver on loopback, through presigned URLs and a plain HTTP client.</summary>
public sealed class S3MediaStoreTests : MediaStoreTests
{
    private static readonly HttpClient s_http = new();

    protected override async Task<IMediaStore> CreateStoreAsync()
    {
        var server = await S3Server.Shared;
        return new S3MediaStore(Options.Create(new MediaOptions
        {
            Provider = "S3",
            S3 = new S3MediaOptions
            {
                ServiceUrl = server.ServiceUrl.ToString(),
                Bucket = await server.CreateBucketAsync(),
                AccessKey = S3Server.AccessKey,
                SecretKey = S3Server.SecretKey,
                ForcePathStyle = true,
            },
        }));
    }

    protected override async Task<HttpStatusCode> PutAsync(IMediaStore store, UploadTarget target, byte[] bytes, string contentType)
    {
        using var response = await s_http.PutAsync(target.Url, Body(bytes, contentType));
        return response.StatusCode;
    }

    [Fact]
    public async Task UploadKey_IsTheStagingKey()
    {
        var store = await CreateStoreAsync();

        Assert.Equal("uploads/u1/m2/cat.png", store.UploadKeyOf("media/u1/m2/cat.png"));
    }

    [Fact]
    public async Task StaleUploads_AreDeleted_ButNotFreshOnesNorMedia()
    {
        var store = await CreateStoreAsync();
        var mediaKey = MediaKeys.For("user1", Guid.NewGuid().ToString("N"), "kept.png");
        var stagingKey = store.UploadKeyOf(mediaKey);
        Assert.Equal(HttpStatusCode.OK, await PutAsync(store, await UploadTargetAsync(store, mediaKey), s_png, "image/png"));
        Assert.True(await store.CopyAsync(stagingKey, mediaKey, CancellationToken.None));

        Assert.Equal(0, await store.DeleteStaleUploadsAsync(DateTimeOffset.UtcNow.AddMinutes(-5), CancellationToken.None));
        Assert.NotNull(await store.HeadAsync(stagingKey, CancellationToken.None));

        Assert.Equal(1, await store.DeleteStaleUploadsAsync(DateTimeOffset.UtcNow.AddMinutes(5), CancellationToken.None));
        Assert.Null(await store.HeadAsync(stagingKey, CancellationToken.None));
        Assert.NotNull(await store.HeadAsync(mediaKey, CancellationToken.None));
    }

    [Fact]
    public async Task PresignedUrl_SignsTheContentType()
    {
        var store = await CreateStoreAsync();
        var target = await store.CreateUploadAsync("media/u/m/x.png", "image/png", 10, DateTimeOffset.UtcNow.AddHours(1), CancellationToken.None);

        var query = new Uri(target.Url).Query;
        Assert.Contains("X-Amz-Signature=", query, StringComparison.Ordinal);
        Assert.Contains("content-type", Uri.UnescapeDataString(query), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("X-Amz-Expires=", query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PresignedUrl_SignsTheContentLength_SoS3RefusesAnyOtherLength()
    {
        var store = await CreateStoreAsync();
        var target = await store.CreateUploadAsync("media/u/m/x.png", "image/png", 1234, DateTimeOffset.UtcNow.AddHours(1), CancellationToken.None);

        var signedHeaders = Uri.UnescapeDataString(new Uri(target.Url).Query).TrimStart('?').Split('&')
            .Single(p => p.StartsWith("X-Amz-SignedHeaders=", StringComparison.Ordinal))["X-Amz-SignedHeaders=".Length..]
            .Split(';');
        Assert.Contains("content-length", signedHeaders);
        Assert.Contains("content-type", signedHeaders);
        Assert.Equal(1234, target.ContentLength);
    }
}
