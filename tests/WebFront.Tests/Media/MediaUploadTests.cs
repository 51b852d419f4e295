using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Vrss.GrainInterfaces.Media;
using Vrss.GrainInterfaces.Moderation;
using Vrss.Grains.Media.Storage;
using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.WebFront.Tests.Media;

/// <summary>
/// The two-phase upload end to end over HTTP, with the quota rules of API.md. Derived classes choose the media
/// provider (S3 against s3rver, or Local) and the storage provider.
/// </summary>
public abstract class MediaUploadTests : ProductTests
{
    protected const long Quota = 4000;

    private static readonly HttpClient s_plain = new();
    protected const long MaxFile = 2500;

    protected abstract void ConfigureMedia(TestClusterOptions options);

    [Fact]
    public async Task FullFlow_UploadsCompletesCountsAndDeletes()
    {
        await using var cluster = await StartMediaAsync();
        using var client = Client(cluster);
        await client.RegisterAsync();
        var bytes = MediaFiles.Png(1200);

        var (mediaId, url, data) = await client.InitiateAsync("My Cat.png", "image/png", bytes.Length);
        Assert.Equal(mediaId, data.GetProperty("uploadId").GetString());
        Assert.Equal("image/png", data.GetProperty("headers").GetProperty("Content-Type").GetString());
        Assert.Equal("1200", data.GetProperty("headers").GetProperty("Content-Length").GetString());
        Assert.True(DateTimeOffset.Parse(data.GetProperty("expiresAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture) > DateTimeOffset.UtcNow.AddMinutes(59));
        Assert.Equal((0, 1200, Quota), await client.UsageAsync());

        using (var put = await client.PutBytesAsync(url, bytes, "image/png"))
        {
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }

        var media = (await client.CompleteAsync(mediaId)).AssertSuccess().GetProperty("media");
        Assert.Equal(mediaId, media.GetProperty("id").GetString());
        Assert.Equal("image", media.GetProperty("type").GetString());
        Assert.Equal(1200, media.GetProperty("size").GetInt64());
        Assert.Equal("image/png", media.GetProperty("contentType").GetString());
        Assert.Contains($"/{mediaId}/My_Cat.png", media.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal((1200, 0, Quota), await client.UsageAsync());

        // Completing again answers the same media and counts nothing twice.
        var again = (await client.CompleteAsync(mediaId)).AssertSuccess().GetProperty("media");
        Assert.Equal(media.GetProperty("id").GetString(), again.GetProperty("id").GetString());
        Assert.Equal((1200, 0, Quota), await client.UsageAsync());

        (await client.CallAsync("media.delete", new { mediaId })).AssertSuccess();
        Assert.Equal((0, 0, Quota), await client.UsageAsync());
        (await client.CompleteAsync(mediaId)).AssertError(404, 1301);
    }

    [Fact]
    public async Task WrongMagicBytes_FailsVerification_ReleasesTheReservationAndDeletesTheObject()
    {
        await using var cluster = await StartMediaAsync();
        using var client = Client(cluster);
        var account = await client.RegisterAsync();
        var html = MediaFiles.Html(800);
        var (mediaId, url, _) = await client.InitiateAsync("evil.png", "image/png", html.Length);
        using (var put = await client.PutBytesAsync(url, html, "image/png"))
        {
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }

        Assert.True(await StoredAsync(cluster, account.Id, mediaId, "evil.png"));

        var response = await client.CompleteAsync(mediaId);

        response.AssertError(400, 1603);
        Assert.Contains("not image/png", response.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal((0, 0, Quota), await client.UsageAsync());
        Assert.False(await StoredAsync(cluster, account.Id, mediaId, "evil.png"));
        (await client.CompleteAsync(mediaId)).AssertError(400, 1603);
    }

    [Fact]
    public async Task MissingObject_FailsVerification()
    {
        await using var cluster = await StartMediaAsync();
        using var client = Client(cluster);
        await client.RegisterAsync();
        var (mediaId, _, _) = await client.InitiateAsync("never.png", "image/png", 500);

        (await client.CompleteAsync(mediaId)).AssertError(400, 1603);

        Assert.Equal((0, 0, Quota), await client.UsageAsync());
    }

    [Fact]
    public async Task ObjectOfAnotherSize_FailsVerification()
    {
        await using var cluster = await StartMediaAsync();
        using var client = Client(cluster);
        var account = await client.RegisterAsync();
        var (mediaId, url, _) = await client.InitiateAsync("short.png", "image/png", 900);

        // Local refuses the body at once; s3rver does not check the signed length, so it stores it.
        using (await client.PutBytesAsync(url, MediaFiles.Png(400), "image/png"))
        {
        }

        (await client.CompleteAsync(mediaId)).AssertError(400, 1603);
        Assert.Equal((0, 0, Quota), await client.UsageAsync());
        Assert.False(await StoredAsync(cluster, account.Id, mediaId, "short.png"));
    }

    [Fact]
    public async Task ExpiredUpload_IsRefusedReleasedAndDeletedFromTheStore()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var cluster = await StartMediaAsync(o => o.TimeProvider = clock);
        using var client = Client(cluster);
        var account = await client.RegisterAsync();
        var bytes = MediaFiles.Png(700);
        var (mediaId, url, _) = await client.InitiateAsync("late.png", "image/png", bytes.Length);
        using (var put = await client.PutBytesAsync(url, bytes, "image/png"))
        {
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }

        clock.Advance(TimeSpan.FromMinutes(61));

        (await client.CompleteAsync(mediaId)).AssertError(400, 1604);
        Assert.Equal((0, 0, Quota), await client.UsageAsync());
        Assert.False(await StoredAsync(cluster, account.Id, mediaId, "late.png"));
    }

    [Fact]
    public async Task ExpiredUpload_IsDeletedFromTheStoreByTheSweep()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var cluster = await StartMediaAsync(o => o.TimeProvider = clock);
        using var client = Client(cluster);
        var account = await client.RegisterAsync();
        var bytes = MediaFiles.Png(700);
        var (mediaId, url, _) = await client.InitiateAsync("abandoned.png", "image/png", bytes.Length);
        using (var put = await client.PutBytesAsync(url, bytes, "image/png"))
        {
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }

        clock.Advance(TimeSpan.FromMinutes(61));
        await cluster.GrainFactory.GetGrain<IMediaSweeperGrain>("media").SweepAsync();

        Assert.False(await StoredAsync(cluster, account.Id, mediaId, "abandoned.png"));
        Assert.Equal((0, 0, Quota), await client.UsageAsync());
        (await client.CompleteAsync(mediaId)).AssertError(400, 1604);
    }

    [Fact]
    public async Task FileOverTheLimit_IsRefusedWithoutReserving()
    {
        await using var cluster = await StartMediaAsync();
        using var client = Client(cluster);
        await client.RegisterAsync();

        var response = await client.CallAsync("media.initiateUpload", new { filename = "big.png", contentType = "image/png", size = MaxFile + 1 });

        response.AssertError(413, 1602);
        Assert.Equal("size", response.ErrorField);
        Assert.Equal((0, 0, Quota), await client.UsageAsync());
    }

    [Fact]
    public async Task QuotaOverflow_IsRefused_CountingReservations()
    {
        await using var cluster = await StartMediaAsync();
        using var client = Client(cluster);
        await client.RegisterAsync();
        await client.UploadAsync("one.png", "image/png", MediaFiles.Png(2000));
        await client.InitiateAsync("two.png", "image/png", 1500);

        var response = await client.CallAsync("media.initiateUpload", new { filename = "three.png", contentType = "image/png", size = 501 });

        response.AssertError(413, 1600);
        Assert.Equal((2000, 1500, Quota), await client.UsageAsync());
        await client.InitiateAsync("fits.png", "image/png", 500);
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("image/svg+xml")]
    [InlineData("application/x-msdownload")]
    public async Task TypeOutsideTheAllowlist_IsRefused(string contentType)
    {
        await using var cluster = await StartMediaAsync();
        using var client = Client(cluster);
        await client.RegisterAsync();

        var response = await client.CallAsync("media.initiateUpload", new { filename = "x.bin", contentType, size = 10 });

        response.AssertError(400, 1601);
        Assert.Equal("contentType", response.ErrorField);
    }

    [Fact]
    public async Task BadInput_GetsValidationErrors()
    {
        await using var cluster = await StartMediaAsync();
        using var client = Client(cluster);
        await client.RegisterAsync();

        (await client.CallAsync("media.initiateUpload", new { filename = "x.png", contentType = "image/png" })).AssertError(400, 1202);
        (await client.CallAsync("media.initiateUpload", new { filename = "x.png", contentType = "image/png", size = -5 })).AssertError(400, 1201);
        (await client.CallAsync("media.initiateUpload", new { filename = "x.png", contentType = "image/png", size = "ten" })).AssertError(400, 1200);
        (await client.CallAsync("media.completeUpload", new { uploadId = "a", mediaId = "b" })).AssertError(404, 1301);
        (await client.CallAsync("media.delete", new { mediaId = "nope" })).AssertError(404, 1301);
        using var anonymous = Client(cluster);
        (await anonymous.CallAsync("media.getStorageUsage")).AssertError(401, 1000);
    }

    [Fact]
    public async Task AnotherUsersUpload_CannotBeCompletedOrDeleted()
    {
        await using var cluster = await StartMediaAsync();
        using var owner = Client(cluster);
        using var other = Client(cluster);
        await owner.RegisterAsync();
        await other.RegisterAsync();
        var bytes = MediaFiles.Png(300);
        var (mediaId, url, _) = await owner.InitiateAsync("mine.png", "image/png", bytes.Length);
        using (await owner.PutBytesAsync(url, bytes, "image/png"))
        {
        }

        (await other.CompleteAsync(mediaId)).AssertError(403, 1100);
        (await other.CallAsync("media.delete", new { mediaId })).AssertError(403, 1100);
        (await owner.CompleteAsync(mediaId)).AssertSuccess();
        Assert.Equal((0, 0, Quota), await other.UsageAsync());
    }

    [Fact]
    public async Task ServedMedia_FollowsTheVisibilityOfThePostsItIsAttachedTo_AndAvatarsArePublic()
    {
        await using var cluster = await StartMediaAsync();
        using var owner = Client(cluster);
        using var follower = Client(cluster);
        using var stranger = Client(cluster);
        var ownerAccount = await owner.RegisterAsync();
        await follower.RegisterAsync();
        await stranger.RegisterAsync();
        (await follower.CallAsync("social.follow", new { username = ownerAccount.Username })).AssertSuccess();
        var bytes = MediaFiles.Png(900);
        var media = await owner.UploadAsync("holiday.png", "image/png", bytes);
        var mediaId = media.GetProperty("id").GetString()!;
        var url = media.GetProperty("url").GetString()!;

        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(follower, url));
        var post = (await owner.CallAsync("post.create", new { type = "image", content = "beach", mediaIds = new[] { mediaId }, visibility = "followers" }))
            .AssertSuccess().GetProperty("post");
        Assert.Equal(url, post.GetProperty("media")[0].GetProperty("url").GetString());

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(owner, url));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(follower, url));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(stranger, url));
        using (var anonymous = new RpcClient(owner.BaseAddress, useCookies: false))
        {
            Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(anonymous, url));
        }

        (await owner.CallAsync("post.update", new { postId = post.GetProperty("id").GetString(), visibility = "public" })).AssertSuccess();
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(stranger, url));

        var avatar = await owner.UploadAsync("me.png", "image/png", MediaFiles.Png(300));
        (await owner.CallAsync("user.updateProfile", new { avatarMediaId = avatar.GetProperty("id").GetString() })).AssertSuccess();
        using (var anonymous = new RpcClient(owner.BaseAddress, useCookies: false))
        {
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(anonymous, avatar.GetProperty("url").GetString()!));
        }
    }

    [Fact]
    public async Task MediaOfASuspendedAccount_IsServedToNobody_UntilLifted()
    {
        await using var cluster = await StartMediaAsync();
        using var owner = Client(cluster);
        using var stranger = Client(cluster);
        using var admin = Client(cluster);
        var ownerAccount = await owner.RegisterAsync();
        await stranger.RegisterAsync();
        var adminAccount = await admin.RegisterAsync();
        await cluster.GrainFactory.GetGrain<IAccountStandingGrain>(adminAccount.Id).SetRoleAsync(AccountRole.Admin, new StaffReason(adminAccount.Id, "test set-up"));
        var attached = await owner.UploadAsync("public.png", "image/png", MediaFiles.Png(900));
        var avatar = await owner.UploadAsync("me.png", "image/png", MediaFiles.Png(300));
        (await owner.CallAsync("post.create", new { type = "image", content = "out", mediaIds = new[] { attached.GetProperty("id").GetString() }, visibility = "public" })).AssertSuccess();
        (await owner.CallAsync("user.updateProfile", new { avatarMediaId = avatar.GetProperty("id").GetString() })).AssertSuccess();
        string[] urls = [attached.GetProperty("url").GetString()!, avatar.GetProperty("url").GetString()!];
        using var anonymous = new RpcClient(owner.BaseAddress, useCookies: false);
        foreach (var url in urls)
        {
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(stranger, url));
        }

        (await admin.CallAsync("admin.suspendUser", new { userId = ownerAccount.Id, reason = "test" })).AssertSuccess();
        foreach (var url in urls)
        {
            Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(stranger, url));
            Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(anonymous, url));
        }

        (await admin.CallAsync("admin.unsuspendUser", new { userId = ownerAccount.Id, reason = "test" })).AssertSuccess();
        foreach (var url in urls)
        {
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(anonymous, url));
        }
    }

    [Fact]
    public async Task MediaOfAnAccountPendingDeletion_IsServedToNobodyButItsOwner_UntilASignInCancelsTheDeletion()
    {
        await using var cluster = await StartMediaAsync();
        using var owner = Client(cluster);
        using var stranger = Client(cluster);
        var ownerAccount = await owner.RegisterAsync();
        await stranger.RegisterAsync();
        var attached = await owner.UploadAsync("public.png", "image/png", MediaFiles.Png(900));
        var avatar = await owner.UploadAsync("me.png", "image/png", MediaFiles.Png(300));
        (await owner.CallAsync("post.create", new { type = "image", content = "out", mediaIds = new[] { attached.GetProperty("id").GetString() }, visibility = "public" })).AssertSuccess();
        (await owner.CallAsync("user.updateProfile", new { avatarMediaId = avatar.GetProperty("id").GetString() })).AssertSuccess();
        var served = new[] { (attached, "public.png"), (avatar, "me.png") };
        using var anonymous = new RpcClient(owner.BaseAddress, useCookies: false);
        foreach (var (media, _) in served)
        {
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(stranger, media.GetProperty("url").GetString()!));
        }

        (await owner.CallAsync("user.deleteAccount", new { password = ownerAccount.Password })).AssertSuccess();

        // The owner is signed out everywhere (a sign-in would cancel the deletion), so its own reads are asked of the
        // grain the media endpoint asks.
        var access = cluster.GrainFactory.GetGrain<IMediaAccessGrain>(0);
        foreach (var (media, filename) in served)
        {
            var url = media.GetProperty("url").GetString()!;
            Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(stranger, url));
            Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(anonymous, url));
            Assert.NotNull(await access.FindReadableAsync(ownerAccount.Id, media.GetProperty("id").GetString()!, filename, ownerAccount.Id));
        }

        await owner.LoginAsync(ownerAccount.Username, ownerAccount.Password);
        foreach (var (media, _) in served)
        {
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(anonymous, media.GetProperty("url").GetString()!));
        }
    }

    /// <summary>
    /// Whether the media store holds the object of an upload, at its media key or where its upload URL writes
    /// (asked directly, not through the API).
    /// </summary>
    protected static async Task<bool> StoredAsync(TestCluster cluster, string userId, string mediaId, string filename)
    {
        var store = cluster.ServiceProvider.GetRequiredService<IMediaStore>();
        var key = MediaKeys.For(userId, mediaId, filename);
        return await store.HeadAsync(key, CancellationToken.None) is not null
            || await store.HeadAsync(store.UploadKeyOf(key), CancellationToken.None) is not null;
    }

    /// <summary>Fetches a media URL as the client, following the S3 provider's redirect; checks the bytes when found.</summary>
    protected static async Task<HttpStatusCode> StatusAsync(RpcClient client, string url)
    {
        using var first = await client.Http.GetAsync(url);
        using var redirected = first.StatusCode == HttpStatusCode.Redirect ? await s_plain.GetAsync(first.Headers.Location) : null;
        var response = redirected ?? first;
        if (response.StatusCode == HttpStatusCode.OK)
        {
            Assert.Equal(0x89, (await response.Content.ReadAsByteArrayAsync())[0]);
        }

        return response.StatusCode;
    }

    protected Task<TestCluster> StartMediaAsync(Action<TestClusterOptions>? configure = null, int silos = 1) =>
        StartAsync(
            o =>
            {
                o.Configuration["Vrss:Media:DefaultQuotaBytes"] = Quota.ToString(System.Globalization.CultureInfo.InvariantCulture);
                o.Configuration["Vrss:Media:MaxFileBytes"] = MaxFile.ToString(System.Globalization.CultureInfo.InvariantCulture);
                ConfigureMedia(o);
                configure?.Invoke(o);
            },
            silos);
}
