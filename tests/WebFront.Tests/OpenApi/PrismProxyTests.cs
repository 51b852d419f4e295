using System.Globalization;
using Vrss.Testing.EndToEnd;
using Xunit.Abstractions;

namespace Vrss.WebFront.Tests.OpenApi;

/// <summary>
/// End-to-end traffic through Stoplight Prism validating every request and answer against the served document: a
/// social flow of two users (cookie and bearer), then the contract fuzzer's valid inputs for every procedure. Any
/// violation Prism reports fails the test.
/// </summary>
public sealed class PrismProxyTests(ITestOutputHelper output)
{
    [Fact]
    public async Task AFlowOfTwoUsers_AndGeneratedCallsToEveryProcedure_PassThePrismProxy_WithoutViolations()
    {
        await using var cluster = await ContractCluster.StartAsync();
        var document = await ContractCluster.DocumentAsync(cluster);
        await using var prism = await PrismProxy.StartAsync(document, cluster.Silos[0].HttpAddress);

        await FlowAsync(prism.Address);
        var fuzz = await NodeTools.RunAsync(
            "node",
            [Path.Combine("contract", "fuzz.mjs"), prism.Address.ToString(), "--valid-only", "--runs", "10"],
            TimeSpan.FromMinutes(5));
        output.WriteLine(fuzz.Output);
        output.WriteLine(prism.Log);

        Assert.True(fuzz.ExitCode == 0, "generated calls through Prism failed:\n" + fuzz.Output);
        Assert.DoesNotContain("Violation", prism.Log, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("UNPROCESSABLE_ENTITY", prism.Log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prism_RefusesARequestThatBreaksTheDocument()
    {
        await using var cluster = await ContractCluster.StartAsync();
        await using var prism = await PrismProxy.StartAsync(await ContractCluster.DocumentAsync(cluster), cluster.Silos[0].HttpAddress);
        using var client = new RpcClient(prism.Address);

        // Proof that the proxy checks: an id with a space breaks the declared pattern.
        var refused = await client.CallAsync("post.getById", new { postId = "a b" });

        Assert.Equal(422, refused.StatusCode);
        Assert.Contains("pattern", refused.Body, StringComparison.Ordinal);
    }

    private static async Task FlowAsync(Uri proxy)
    {
        using var alice = new RpcClient(proxy);
        using var bob = new RpcClient(proxy, useCookies: false);
        using var anonymous = new RpcClient(proxy);
        var a = await alice.RegisterAsync();
        var b = await bob.RegisterAsync();
        bob.BearerToken = b.Token;

        var post = (await alice.CallAsync("post.create", new { type = "text_short", content = "Hello through Prism", visibility = "public" })).Checked().AssertSuccess();
        var postId = post.GetProperty("post").GetProperty("id").GetString()!;
        (await bob.CallAsync("social.follow", new { username = a.Username })).Checked().AssertSuccess();
        (await bob.CallAsync("post.react", new { postId, reaction = "love" })).Checked().AssertSuccess();
        var comment = (await bob.CallAsync("post.comment", new { postId, content = "Nice" })).Checked().AssertSuccess();
        (await alice.CallAsync("notification.getNotifications", new { limit = 10 })).Checked().AssertSuccess();
        (await alice.CallAsync("notification.markRead", new { all = true })).Checked().AssertSuccess();
        (await bob.CallAsync("feed.getHome", new { limit = 5 })).Checked().AssertSuccess();
        (await anonymous.CallAsync("post.getByUser", new { username = a.Username })).Checked().AssertSuccess();
        (await anonymous.CallAsync("post.getComments", new { postId })).Checked().AssertSuccess();
        (await anonymous.CallAsync("post.getById", new { postId })).Checked().AssertSuccess();
        (await anonymous.CallAsync("user.getProfile", new { username = a.Username })).Checked().AssertSuccess();
        (await alice.CallAsync("user.updateProfile", new { bio = "Bio", links = new[] { new { platform = "web", url = "https://example.com" } } })).Checked().AssertSuccess();
        (await alice.CallAsync("settings.get")).Checked().AssertSuccess();
        (await alice.CallAsync("settings.updatePrivacy", new { profileVisibility = "public" })).Checked().AssertSuccess();
        (await alice.CallAsync("auth.getSession")).Checked().AssertSuccess();
        (await alice.CallAsync("auth.listSessions")).Checked().AssertSuccess();
        (await anonymous.CallAsync("discovery.searchUsers", new { query = a.Username[..4] })).Checked().AssertSuccess();
        (await anonymous.CallAsync("discovery.searchPosts", new { query = "Prism" })).Checked().AssertSuccess();
        (await anonymous.CallAsync("discovery.getDiscoverFeed")).Checked().AssertSuccess();
        (await anonymous.CallAsync("social.getFollowers", new { username = a.Username })).Checked().AssertSuccess();
        (await anonymous.CallAsync("social.getFollowing", new { userId = b.Id })).Checked().AssertSuccess();
        (await alice.CallAsync("post.update", new { postId, content = "Edited" })).Checked().AssertSuccess();
        (await bob.CallAsync("post.unreact", new { postId })).Checked().AssertSuccess();
        (await bob.CallAsync("post.deleteComment", new { commentId = comment.GetProperty("comment").GetProperty("id").GetString() })).Checked().AssertSuccess();
        (await alice.CallAsync("media.getStorageUsage")).Checked().AssertSuccess();
        (await bob.CallAsync("social.unfollow", new { userId = a.Id })).Checked().AssertSuccess();

        // Error answers are part of the document too.
        (await anonymous.CallAsync("feed.getHome")).Checked().AssertError(401, 1000);
        (await anonymous.CallAsync("post.getById", new { postId = "nosuchpost" })).Checked().AssertError(404, 1303);
        (await anonymous.CallAsync("auth.login", new { login = a.Username, password = "Wrong-Password-42" })).Checked().AssertError(401, 1001);
        (await bob.CallAsync("post.delete", new { postId })).Checked().AssertError(403, 1100);
        (await alice.CallAsync("post.delete", new { postId })).Checked().AssertSuccess();
        (await alice.CallAsync("auth.logout")).Checked().AssertSuccess();
    }
}
