using System.Net;
using Amazon.S3;
using Amazon.S3.Model;
using Vrss.GrainInterfaces.Media;
using Vrss.Grains.Media.Storage;
using Vrss.Testing;
using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.WebFront.Tests.Media;

/// <summary>
/// Uploads to a real S3-compatible server (s3rver) through presigned URLs, with PostgreSQL storage. A presigned
/// URL cannot be revoked before it expires, so these also check that whatever it receives after its upload
/// settled never reaches the media key, and that the sweep deletes it once the URL has expired.
/// </summary>
public sealed class S3MediaUploadTests(PostgresDatabaseFixture database) : MediaUploadTests, IClassFixture<PostgresDatabaseFixture>, IAsyncLifetime
{
    private static readonly HttpClient s_plain = new();

    private string _bucket = "";
    private S3Server? _server;

    public async Task InitializeAsync()
    {
        _server = await S3Server.Shared;
        _bucket = await _server.CreateBucketAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task UploadUrl_WritesAStagingKey_NotTheMediaKey()
    {
        await using var cluster = await StartMediaAsync();
        using var client = Client(cluster);
        var account = await client.RegisterAsync();

        var (mediaId, url, _) = await client.InitiateAsync("cat.png", "image/png", 500);

        Assert.Equal($"/{_bucket}/uploads/{account.Id}/{mediaId}/cat.png", new Uri(url).AbsolutePath);
    }

    [Fact]
    public async Task BodyPutAfterCompletion_DoesNotChangeTheServedMedia_AndIsSweptOnceTheUrlExpired()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var cluster = await StartMediaAsync(o => o.TimeProvider = clock);
        using var client = Client(cluster);
        var account = await client.RegisterAsync();
        var bytes = MediaFiles.Png(700);
        var (mediaId, url, _) = await client.InitiateAsync("done.png", "image/png", bytes.Length);
        Assert.Equal(HttpStatusCode.OK, await PutStatusAsync(client, url, bytes));
        var media = (await client.CompleteAsync(mediaId)).AssertSuccess().GetProperty("media");
        var mediaKey = MediaKeys.For(account.Id, mediaId, "done.png");
        var stagingKey = MediaKeys.UploadKeyOf(mediaKey);
        Assert.Null(await ObjectAsync(stagingKey));

        // S3 takes it (the URL is valid for the hour, the type and length are the signed ones), but elsewhere.
        Assert.Equal(HttpStatusCode.OK, await PutStatusAsync(client, url, MediaFiles.Html(700)));

        Assert.Equal(bytes, await ObjectAsync(mediaKey));
        Assert.Equal(bytes, await ServedAsync(client, media.GetProperty("url").GetString()!));
        Assert.Equal((700, 0, Quota), await client.UsageAsync());
        Assert.NotNull(await ObjectAsync(stagingKey));

        clock.Advance(TimeSpan.FromHours(2));
        await cluster.GrainFactory.GetGrain<IMediaSweeperGrain>("media").SweepAsync();

        Assert.Null(await ObjectAsync(stagingKey));
        Assert.Equal([mediaKey], await KeysAsync());
        Assert.Equal(bytes, await ServedAsync(client, media.GetProperty("url").GetString()!));
    }

    [Fact]
    public async Task BodyPutAfterDeletion_LeavesNothingAtTheMediaKey_AndIsSweptOnceTheUrlExpired()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var cluster = await StartMediaAsync(o => o.TimeProvider = clock);
        using var client = Client(cluster);
        var account = await client.RegisterAsync();
        var bytes = MediaFiles.Png(500);
        var (completedId, completedUrl, _) = await client.InitiateAsync("gone.png", "image/png", bytes.Length);
        Assert.Equal(HttpStatusCode.OK, await PutStatusAsync(client, completedUrl, bytes));
        (await client.CompleteAsync(completedId)).AssertSuccess();
        var (pendingId, pendingUrl, _) = await client.InitiateAsync("never.png", "image/png", bytes.Length);
        (await client.CallAsync("media.delete", new { mediaId = completedId })).AssertSuccess();
        (await client.CallAsync("media.delete", new { mediaId = pendingId })).AssertSuccess();

        Assert.Equal(HttpStatusCode.OK, await PutStatusAsync(client, completedUrl, bytes));
        Assert.Equal(HttpStatusCode.OK, await PutStatusAsync(client, pendingUrl, bytes));

        Assert.Null(await ObjectAsync(MediaKeys.For(account.Id, completedId, "gone.png")));
        Assert.Null(await ObjectAsync(MediaKeys.For(account.Id, pendingId, "never.png")));
        Assert.Equal((0, 0, Quota), await client.UsageAsync());

        // Not while the URLs may still be used: a sweep deletes only what no valid URL can write again.
        clock.Advance(TimeSpan.FromMinutes(30));
        await cluster.GrainFactory.GetGrain<IMediaSweeperGrain>("media").SweepAsync();
        Assert.Equal(2, (await KeysAsync()).Count);

        clock.Advance(TimeSpan.FromHours(2));
        await cluster.GrainFactory.GetGrain<IMediaSweeperGrain>("media").SweepAsync();

        Assert.Empty(await KeysAsync());
    }

    [Fact]
    public async Task FailedVerification_DeletesTheStagedBody_AndALaterBodyNeverReachesTheMediaKey()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var cluster = await StartMediaAsync(o => o.TimeProvider = clock);
        using var client = Client(cluster);
        var account = await client.RegisterAsync();
        var (mediaId, url, _) = await client.InitiateAsync("forged.png", "image/png", 600);
        var mediaKey = MediaKeys.For(account.Id, mediaId, "forged.png");
        Assert.Equal(HttpStatusCode.OK, await PutStatusAsync(client, url, MediaFiles.Html(600)));
        Assert.NotNull(await ObjectAsync(MediaKeys.UploadKeyOf(mediaKey)));

        (await client.CompleteAsync(mediaId)).AssertError(400, 1603);

        Assert.Empty(await KeysAsync());

        // The URL still works for S3, but what it writes is never verified, counted or served.
        Assert.Equal(HttpStatusCode.OK, await PutStatusAsync(client, url, MediaFiles.Png(600)));
        Assert.Null(await ObjectAsync(mediaKey));
        (await client.CompleteAsync(mediaId)).AssertError(400, 1603);
        Assert.Null(await ObjectAsync(mediaKey));
        Assert.Equal((0, 0, Quota), await client.UsageAsync());

        clock.Advance(TimeSpan.FromHours(2));
        await cluster.GrainFactory.GetGrain<IMediaSweeperGrain>("media").SweepAsync();

        Assert.Empty(await KeysAsync());
    }

    [Fact]
    public async Task UploadInitiatedBeforeStaging_WithItsBodyAtTheMediaKey_StillCompletes()
    {
        await using var cluster = await StartMediaAsync();
        using var client = Client(cluster);
        var account = await client.RegisterAsync();
        var bytes = MediaFiles.Png(800);
        var (mediaId, _, _) = await client.InitiateAsync("old.png", "image/png", bytes.Length);
        var mediaKey = MediaKeys.For(account.Id, mediaId, "old.png");

        // What an upload URL handed out before staging existed wrote to.
        using (var s3 = _server!.CreateClient())
        {
            await s3.PutObjectAsync(new PutObjectRequest
            {
                BucketName = _bucket,
                Key = mediaKey,
                InputStream = new MemoryStream(bytes),
                ContentType = "image/png",
                UseChunkEncoding = false,
            });
        }

        var media = (await client.CompleteAsync(mediaId)).AssertSuccess().GetProperty("media");

        Assert.Equal(bytes, await ServedAsync(client, media.GetProperty("url").GetString()!));
        Assert.Equal((800, 0, Quota), await client.UsageAsync());
    }

    protected override void ConfigureStorage(TestClusterOptions options) => options.UsePostgresStorage(database.ConnectionString);

    protected override void ConfigureMedia(TestClusterOptions options)
    {
        options.Configuration["Vrss:Media:Provider"] = "S3";
        options.Configuration["Vrss:Media:S3:ServiceUrl"] = _server!.ServiceUrl.ToString();
        options.Configuration["Vrss:Media:S3:Bucket"] = _bucket;
        options.Configuration["Vrss:Media:S3:AccessKey"] = S3Server.AccessKey;
        options.Configuration["Vrss:Media:S3:SecretKey"] = S3Server.SecretKey;
        options.Configuration["Vrss:Media:S3:ForcePathStyle"] = "true";
    }

    private static async Task<HttpStatusCode> PutStatusAsync(RpcClient client, string url, byte[] bytes)
    {
        using var put = await client.PutBytesAsync(url, bytes, "image/png");
        return put.StatusCode;
    }

    // The bytes a reader gets from a media URL: the web front's redirect to a presigned GET, followed.
    private static async Task<byte[]> ServedAsync(RpcClient client, string url)
    {
        using var first = await client.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        return await s_plain.GetByteArrayAsync(first.Headers.Location);
    }

    // An object's bytes straight from the bucket, or null.
    private async Task<byte[]?> ObjectAsync(string key)
    {
        using var s3 = _server!.CreateClient();
        try
        {
            using var response = await s3.GetObjectAsync(_bucket, key);
            using var buffer = new MemoryStream();
            await response.ResponseStream.CopyToAsync(buffer);
            return buffer.ToArray();
        }
        catch (AmazonS3Exception exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    private async Task<List<string>> KeysAsync()
    {
        using var s3 = _server!.CreateClient();
        var listing = await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = _bucket });
        return [.. (listing.S3Objects ?? []).Select(o => o.Key)];
    }
}
