using Vrss.Testing.EndToEnd;

namespace Vrss.WebFront.Tests.OpenApi;

/// <summary>
/// What the contract fuzzer found where the validator and the document disagreed, each fixed on the validator's side:
/// an input the document calls invalid is refused as invalid (400), not looked up (404) or ignored (200).
/// </summary>
public sealed class ContractFindingsTests
{
    [Fact]
    public async Task MalformedMediaIds_AreInvalid_NotMissing()
    {
        await using var cluster = await ContractCluster.StartAsync();
        using var client = new RpcClient(cluster.Silos[0].HttpAddress);
        await client.RegisterAsync();

        // Was 404 / 1301 (looked up as an upload that does not exist).
        Assert.Equal("mediaId", (await client.CallAsync("media.delete", new { mediaId = "a b" })).AssertError(400, 1201).ErrorField);
        Assert.Equal("uploadId", (await client.CallAsync("media.completeUpload", new { uploadId = "a b", mediaId = "a b" })).AssertError(400, 1201).ErrorField);
    }

    [Fact]
    public async Task MarkRead_ChecksIds_EvenWithAllTrue()
    {
        await using var cluster = await ContractCluster.StartAsync();
        using var client = new RpcClient(cluster.Silos[0].HttpAddress);
        await client.RegisterAsync();

        // Was 200: with all: true the ids were never looked at.
        Assert.Equal("ids", (await client.CallAsync("notification.markRead", new { all = true, ids = new[] { "" } })).AssertError(400, 1201).ErrorField);
        Assert.Equal("ids", (await client.CallAsync("notification.markRead", new { all = true, ids = Enumerable.Repeat("x", 1001) })).AssertError(400, 1201).ErrorField);
        (await client.CallAsync("notification.markRead", new { all = true })).AssertSuccess();
    }

    [Fact]
    public async Task AMalformedUsername_IsInvalid_EvenBesideAUserId()
    {
        await using var cluster = await ContractCluster.StartAsync();
        using var client = new RpcClient(cluster.Silos[0].HttpAddress);
        var me = await client.RegisterAsync();

        // Was 404 / 1302 for a userId of nobody and the profile for a real one: the username was never looked at.
        Assert.Equal("username", (await client.CallAsync("user.getProfile", new { username = "a b", userId = me.Id })).AssertError(400, 1203).ErrorField);
        Assert.Equal("username", (await client.CallAsync("social.getFollowers", new { username = "aa", userId = "nobody" })).AssertError(400, 1201).ErrorField);
        (await client.CallAsync("user.getProfile", new { username = me.Username, userId = me.Id })).AssertSuccess();
    }
}
