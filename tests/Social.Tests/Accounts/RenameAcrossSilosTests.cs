using System.Text.Json;
using Vrss.Testing.EndToEnd;

namespace Vrss.Social.Tests.Accounts;

/// <summary>
/// <c>user.changeUsername</c> on a two-silo cluster: posts, feeds and comments are answered from each silo's hot-read
/// memory, so after a rename a reader on either silo (the renamed user's grain lives on one of them) must see the new
/// name at once, with no cache left holding the old card.
/// </summary>
public abstract class RenameAcrossSilosTests : SocialTests
{
    protected override int Silos => 2;

    [Fact]
    public async Task ARename_ShowsAtOnceInPostsFeedsAndComments_ReadOnEitherSilo()
    {
        await using var cluster = await StartSocialAsync();
        using var ada = await JoinAsync(cluster, "ada", silo: 0);
        using var near = await JoinAsync(cluster, "near", silo: 0);
        using var far = await JoinAsync(cluster, "far", silo: 1);
        foreach (var reader in new[] { near, far })
        {
            await reader.FollowAsync(ada);
        }

        var postId = (await ada.PostAsync("before the rename")).Id();

        (await ada.Client.CallAsync("post.comment", new { postId, content = "my own comment" })).AssertSuccess();
        foreach (var reader in new[] { near, far })
        {
            Assert.All(await AuthorNamesAsync(reader, postId), name => Assert.Equal(ada.Username, name));
        }

        var newName = TestAccounts.UniqueUsername("renamed");
        (await ada.Client.CallAsync("user.changeUsername", new { username = newName, password = ada.Account.Password })).AssertSuccess();

        foreach (var reader in new[] { near, far })
        {
            Assert.All(await AuthorNamesAsync(reader, postId), name => Assert.Equal(newName, name));
        }
    }

    // The author's username as the post by id, the home feed's copy and the comment list show it to the reader.
    private static async Task<List<string?>> AuthorNamesAsync(Member reader, string postId)
    {
        var byId = (await reader.Client.CallAsync("post.getById", new { postId })).AssertSuccess().GetProperty("post");
        var inFeed = (await reader.HomeAsync()).AssertSuccess().GetProperty("items").EnumerateArray().Single(p => p.Id() == postId);
        var comment = (await reader.Client.CallAsync("post.getComments", new { postId })).AssertSuccess().GetProperty("items")[0];
        return [.. new[] { byId, inFeed, comment }.Select(Username)];
    }

    private static string? Username(JsonElement item) => item.GetProperty("author").GetProperty("username").GetString();
}
