using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;
using Vrss.WebFront.Rpc;

namespace Vrss.Security.Tests.Authorization;

/// <summary>
/// Authorization on every procedure of the RPC table, read from the running silo's own table so a new procedure
/// cannot slip past: anonymous callers, revoked sessions, and other members acting on someone's resources.
/// </summary>
public sealed class ProcedureAuthorizationTests : MemoryProductTests, IAsyncLifetime
{
    // API.md, "Authentication": the procedures that answer without a session. Anything else must refuse.
    private static readonly string[] s_public =
    [
        "auth.confirmEmailChange", "auth.login", "auth.register", "auth.requestPasswordReset", "auth.resetPassword", "auth.verifyEmail",
        "discovery.getDiscoverFeed", "discovery.searchPosts", "discovery.searchUsers",
        "post.getById", "post.getByUser", "post.getComments",
        "social.getFollowers", "social.getFollowing", "user.getProfile",
    ];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "vrss-security-media-" + Guid.NewGuid().ToString("N"));
    private TestCluster _cluster = null!;

    public async Task InitializeAsync() => _cluster = await StartAsync(o =>
    {
        o.Configuration["Vrss:Media:Provider"] = "Local";
        o.Configuration["Vrss:Media:Local:DataPath"] = _folder;
        // A revoked token is counted as no session on every call (auth.session, 60 per address): one client calls every
        // procedure here, more than 60 of them. That limit has its own tests (Limits/AnonymousWorkTests).
        o.Configuration["Vrss:RateLimits:auth.session:Limit"] = "100000";
    });

    public async Task DisposeAsync()
    {
        await _cluster.DisposeAsync();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private IReadOnlyList<string> Procedures => _cluster.Silos[0].Services.GetRequiredService<RpcProcedureRegistry>().Names;

    [Fact]
    public void ThePublicProcedures_AreExactlyThoseAPIdotMDNames()
    {
        var registry = _cluster.Silos[0].Services.GetRequiredService<RpcProcedureRegistry>();
        var open = registry.Names.Where(n => registry.TryGet(n, out var p) && !p.RequiresSession).Order(StringComparer.Ordinal);

        Assert.Equal(s_public.Order(StringComparer.Ordinal), open);
    }

    [Fact]
    public async Task EveryOtherProcedure_RefusesAnonymousCallers_WhateverTheInput()
    {
        using var anonymous = Client(_cluster);
        foreach (var name in Procedures.Except(s_public))
        {
            (await anonymous.CallAsync(name, new { })).AssertError(401, 1000);
            (await anonymous.CallAsync(name, new { postId = "x", userId = "x", mediaId = "x", uploadId = "x" })).AssertError(401, 1000);
        }
    }

    [Fact]
    public async Task EveryOtherProcedure_RefusesARevokedSession_ByCookieAndByBearer()
    {
        using var client = Client(_cluster);
        var account = await client.RegisterAsync();
        var cookie = client.SessionCookie!;
        (await client.CallAsync("auth.logout")).AssertSuccess();

        using var byBearer = new RpcClient(_cluster.Silos[0].HttpAddress, useCookies: false) { BearerToken = account.Token };
        using var byCookie = new RpcClient(_cluster.Silos[0].HttpAddress, useCookies: false);
        byCookie.Http.DefaultRequestHeaders.Add("Cookie", "vrss_session=" + cookie);
        foreach (var name in Procedures.Except(s_public))
        {
            (await byBearer.CallAsync(name, new { })).AssertError(401, 1000);
            (await byCookie.CallAsync(name, new { })).AssertError(401, 1000);
        }
    }

    [Fact]
    public async Task AnotherMember_CannotChangeSomeonesPostsCommentsOrRequests()
    {
        using var owner = Client(_cluster);
        using var stranger = Client(_cluster);
        using var friend = Client(_cluster);
        var ownerAccount = await owner.RegisterAsync();
        await stranger.RegisterAsync();
        var friendAccount = await friend.RegisterAsync();
        var postId = (await owner.CallAsync("post.create", new { type = "text_short", content = "mine", visibility = "public" }))
            .AssertSuccess().GetProperty("post").GetProperty("id").GetString();
        var commentId = (await friend.CallAsync("post.comment", new { postId, content = "a friend's comment" }))
            .AssertSuccess().GetProperty("comment").GetProperty("id").GetString();
        var requestId = (await friend.CallAsync("social.requestConnection", new { username = ownerAccount.Username }))
            .AssertSuccess().GetProperty("request").GetProperty("id").GetString();

        (await stranger.CallAsync("post.update", new { postId, content = "defaced" })).AssertError(403, 1100);
        (await stranger.CallAsync("post.delete", new { postId })).AssertError(403, 1100);
        (await stranger.CallAsync("post.deleteComment", new { commentId })).AssertError(403, 1100);
        // A stranger is told the request does not exist; its sender, who knows it does, that only the recipient answers.
        (await stranger.CallAsync("social.respondConnection", new { requestId, accept = true })).AssertError(404, 1301);
        (await friend.CallAsync("social.respondConnection", new { requestId, accept = true })).AssertError(403, 1100);

        // Nothing changed.
        var post = (await stranger.CallAsync("post.getById", new { postId })).AssertSuccess().GetProperty("post");
        Assert.Equal("mine", post.GetProperty("content").GetString());
        Assert.Equal(1, post.GetProperty("commentCount").GetInt32());
        var pending = (await owner.CallAsync("social.getConnectionRequests")).AssertSuccess().GetProperty("items");
        Assert.Equal(friendAccount.Id, Assert.Single(pending.EnumerateArray()).GetProperty("from").GetProperty("id").GetString());
    }

    [Fact]
    public async Task AnotherMember_CannotCompleteOrDeleteSomeonesMedia_OrReadTheirNotifications()
    {
        using var owner = Client(_cluster);
        using var stranger = Client(_cluster);
        using var follower = Client(_cluster);
        var ownerAccount = await owner.RegisterAsync();
        await stranger.RegisterAsync();
        await follower.RegisterAsync();
        var upload = (await owner.CallAsync("media.initiateUpload", new { filename = "a.png", contentType = "image/png", size = 68 })).AssertSuccess();
        var uploadId = upload.GetProperty("uploadId").GetString();
        var mediaId = upload.GetProperty("mediaId").GetString();
        (await follower.CallAsync("social.follow", new { username = ownerAccount.Username })).AssertSuccess();
        var notifications = (await owner.CallAsync("notification.getNotifications")).AssertSuccess();
        var notificationId = Assert.Single(notifications.GetProperty("items").EnumerateArray()).GetProperty("id").GetString();

        var complete = await stranger.CallAsync("media.completeUpload", new { uploadId, mediaId });
        Assert.Contains(complete.StatusCode, new[] { 403, 404 });
        Assert.Contains(complete.ErrorCode, new int?[] { 1100, 1300, 1301 });
        var delete = await stranger.CallAsync("media.delete", new { mediaId });
        Assert.Contains(delete.StatusCode, new[] { 403, 404 });
        (await stranger.CallAsync("notification.markRead", new { ids = new[] { notificationId } })).AssertSuccess();

        // The owner's upload is still pending and reserved, the notification still unread.
        var usage = (await owner.CallAsync("media.getStorageUsage")).AssertSuccess();
        Assert.Equal(68, usage.GetProperty("reserved").GetInt64());
        Assert.Equal(1, (await owner.CallAsync("notification.getNotifications")).AssertSuccess().GetProperty("unreadCount").GetInt32());
        Assert.Empty((await stranger.CallAsync("notification.getNotifications")).AssertSuccess().GetProperty("items").EnumerateArray());
    }
}
