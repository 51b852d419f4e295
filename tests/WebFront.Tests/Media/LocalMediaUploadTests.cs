using System.Net;
using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.WebFront.Tests.Media;

/// <summary>
/// The same upload rules with the Local provider (the embedded default, Memory storage), plus what only it
/// does: the signed upload endpoint on the web front and serving media back with access control.
/// </summary>
public sealed class LocalMediaUploadTests : MediaUploadTests, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("vrss-local-media-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    protected override void ConfigureStorage(TestClusterOptions options) => options.UseMemoryStorage();

    protected override void ConfigureMedia(TestClusterOptions options)
    {
        options.Configuration["Vrss:Media:Provider"] = "Local";
        options.Configuration["Vrss:Media:Local:DataPath"] = _folder;
        options.Configuration["Vrss:Media:Local:SigningKey"] = Convert.ToBase64String(new byte[32]);
    }

    [Fact]
    public async Task CompletedMedia_IsServedToItsOwnerAsAnInertDownload_AndHiddenFromOthers()
    {
        await using var cluster = await StartMediaAsync();
        using var owner = Client(cluster);
        using var stranger = Client(cluster);
        await owner.RegisterAsync();
        await stranger.RegisterAsync();
        var bytes = MediaFiles.Jpeg(1000);
        var media = await owner.UploadAsync("photo.jpg", "image/jpeg", bytes);
        var url = media.GetProperty("url").GetString()!;

        using var response = await owner.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(bytes, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Contains("private", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Contains("sandbox", string.Join(",", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);

        using var forStranger = await stranger.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, forStranger.StatusCode);
        using var anonymous = new HttpClient { BaseAddress = owner.BaseAddress };
        using var forAnonymous = await anonymous.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, forAnonymous.StatusCode);
    }

    [Fact]
    public async Task UploadEndpoint_RefusesTamperedTokensWrongTypesAndExtraBytes()
    {
        await using var cluster = await StartMediaAsync();
        using var client = Client(cluster);
        await client.RegisterAsync();
        var bytes = MediaFiles.Png(600);
        var (mediaId, url, _) = await client.InitiateAsync("a.png", "image/png", bytes.Length);
        var tampered = url[..^3] + (url[^3] == 'A' ? "B" : "A") + url[^2..];

        using (var put = await client.PutBytesAsync(tampered, bytes, "image/png"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
        }

        using (var put = await client.PutBytesAsync(url, bytes, "text/html"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        }

        using (var put = await client.PutBytesAsync(url, MediaFiles.Png(601), "image/png"))
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, put.StatusCode);
        }

        (await client.CompleteAsync(mediaId)).AssertError(400, 1603);
    }

    [Fact]
    public async Task SecondBody_IsRefused_AndTheFirstStays()
    {
        await using var cluster = await StartMediaAsync();
        using var client = Client(cluster);
        await client.RegisterAsync();
        var first = MediaFiles.Png(600);
        var second = Variant(first);
        var (mediaId, url, _) = await client.InitiateAsync("once.png", "image/png", first.Length);

        Assert.Equal(HttpStatusCode.OK, await PutStatusAsync(client, url, first));
        Assert.Equal(HttpStatusCode.Conflict, await PutStatusAsync(client, url, second));

        var media = (await client.CompleteAsync(mediaId)).AssertSuccess().GetProperty("media");
        Assert.Equal(first, await client.Http.GetByteArrayAsync(media.GetProperty("url").GetString()));
    }

    [Fact]
    public async Task TwoRacingBodies_OneIsStored_TheOtherRefused()
    {
        await using var cluster = await StartMediaAsync();
        using var client = Client(cluster);
        await client.RegisterAsync();
        var bodyA = MediaFiles.Png(2000);
        var bodyB = Variant(bodyA);
        var (mediaId, url, _) = await client.InitiateAsync("race.png", "image/png", bodyA.Length);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var contentA = new GatedContent(bodyA, "image/png", gate.Task);
        using var contentB = new GatedContent(bodyB, "image/png", gate.Task);

        var putA = client.PutContentAsync(url, contentA);
        var putB = client.PutContentAsync(url, contentB);
        await Task.WhenAll(contentA.Started, contentB.Started).WaitAsync(TimeSpan.FromSeconds(30));
        gate.SetResult();
        using var responseA = await putA;
        using var responseB = await putB;

        HttpStatusCode[] statuses = [responseA.StatusCode, responseB.StatusCode];
        Assert.Single(statuses, HttpStatusCode.OK);
        Assert.Single(statuses, HttpStatusCode.Conflict);
        var winner = responseA.StatusCode == HttpStatusCode.OK ? bodyA : bodyB;
        var media = (await client.CompleteAsync(mediaId)).AssertSuccess().GetProperty("media");
        Assert.Equal(winner, await client.Http.GetByteArrayAsync(media.GetProperty("url").GetString()));
        Assert.Single(Directory.GetFiles(_folder, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task BodyAfterCompletion_IsRefused_AndTheVerifiedBytesAreServed()
    {
        await using var cluster = await StartMediaAsync();
        using var client = Client(cluster);
        await client.RegisterAsync();
        var bytes = MediaFiles.Png(700);
        var (mediaId, url, _) = await client.InitiateAsync("done.png", "image/png", bytes.Length);
        Assert.Equal(HttpStatusCode.OK, await PutStatusAsync(client, url, bytes));
        var media = (await client.CompleteAsync(mediaId)).AssertSuccess().GetProperty("media");

        Assert.Equal(HttpStatusCode.Conflict, await PutStatusAsync(client, url, MediaFiles.Html(700)));

        Assert.Equal(bytes, await client.Http.GetByteArrayAsync(media.GetProperty("url").GetString()));
    }

    [Fact]
    public async Task BodyAfterDeletion_IsRefused_AndNothingIsLeftOnDisk()
    {
        await using var cluster = await StartMediaAsync();
        using var client = Client(cluster);
        await client.RegisterAsync();
        var bytes = MediaFiles.Png(500);
        var (completedId, completedUrl, _) = await client.InitiateAsync("gone.png", "image/png", bytes.Length);
        Assert.Equal(HttpStatusCode.OK, await PutStatusAsync(client, completedUrl, bytes));
        (await client.CompleteAsync(completedId)).AssertSuccess();
        var (pendingId, pendingUrl, _) = await client.InitiateAsync("never.png", "image/png", bytes.Length);

        (await client.CallAsync("media.delete", new { mediaId = completedId })).AssertSuccess();
        (await client.CallAsync("media.delete", new { mediaId = pendingId })).AssertSuccess();

        Assert.Equal(HttpStatusCode.Gone, await PutStatusAsync(client, completedUrl, bytes));
        Assert.Equal(HttpStatusCode.Gone, await PutStatusAsync(client, pendingUrl, bytes));
        Assert.Empty(Directory.GetFiles(_folder, "*", SearchOption.AllDirectories));
        Assert.Equal((0, 0, Quota), await client.UsageAsync());
    }

    [Fact]
    public async Task BodyAfterFailedVerification_IsRefused_AndNothingIsKept()
    {
        await using var cluster = await StartMediaAsync();
        using var client = Client(cluster);
        await client.RegisterAsync();
        var bytes = MediaFiles.Png(500);
        var (missingId, missingUrl, _) = await client.InitiateAsync("missing.png", "image/png", bytes.Length);
        (await client.CompleteAsync(missingId)).AssertError(400, 1603);
        var (forgedId, forgedUrl, _) = await client.InitiateAsync("forged.png", "image/png", bytes.Length);
        Assert.Equal(HttpStatusCode.OK, await PutStatusAsync(client, forgedUrl, MediaFiles.Html(500)));
        (await client.CompleteAsync(forgedId)).AssertError(400, 1603);

        Assert.Equal(HttpStatusCode.Gone, await PutStatusAsync(client, missingUrl, bytes));
        Assert.Equal(HttpStatusCode.Gone, await PutStatusAsync(client, forgedUrl, bytes));

        Assert.Empty(Directory.GetFiles(_folder, "*", SearchOption.AllDirectories));
        (await client.CompleteAsync(missingId)).AssertError(400, 1603);
    }

    [Fact]
    public async Task BodyAfterExpiry_IsRefused_AndNothingIsKept()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var cluster = await StartMediaAsync(o => o.TimeProvider = clock);
        using var client = Client(cluster);
        await client.RegisterAsync();
        var bytes = MediaFiles.Png(500);
        var (_, url, _) = await client.InitiateAsync("late.png", "image/png", bytes.Length);

        clock.Advance(TimeSpan.FromMinutes(61));

        Assert.Equal(HttpStatusCode.Forbidden, await PutStatusAsync(client, url, bytes));
        Assert.Empty(Directory.GetFiles(_folder, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task BodyOfAnotherLength_IsRefusedWithOrWithoutContentLength_KeepsNothing_AndTheUrlStillTakesTheRightOne()
    {
        await using var cluster = await StartMediaAsync();
        using var client = Client(cluster);
        await client.RegisterAsync();
        var bytes = MediaFiles.Png(600);
        var (mediaId, url, _) = await client.InitiateAsync("exact.png", "image/png", bytes.Length);

        Assert.Equal(HttpStatusCode.BadRequest, await PutStatusAsync(client, url, bytes[..599]));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, await PutStatusAsync(client, url, [.. bytes, 0]));
        using (var chunked = new GatedContent(bytes[..599], "image/png", Task.CompletedTask, knownLength: false))
        using (var put = await client.PutContentAsync(url, chunked))
        {
            Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        }

        using (var chunked = new GatedContent([.. bytes, .. bytes], "image/png", Task.CompletedTask, knownLength: false))
        using (var put = await client.PutContentAsync(url, chunked))
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, put.StatusCode);
        }

        Assert.Empty(Directory.GetFiles(_folder, "*", SearchOption.AllDirectories));
        Assert.Equal(HttpStatusCode.OK, await PutStatusAsync(client, url, bytes));
        (await client.CompleteAsync(mediaId)).AssertSuccess();
    }

    private static async Task<HttpStatusCode> PutStatusAsync(RpcClient client, string url, byte[] bytes)
    {
        using var put = await client.PutBytesAsync(url, bytes, "image/png");
        return put.StatusCode;
    }

    // The same type and length with other bytes.
    private static byte[] Variant(byte[] bytes)
    {
        var variant = bytes.ToArray();
        variant[^1] ^= 0xFF;
        return variant;
    }
}
