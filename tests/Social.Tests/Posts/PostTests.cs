using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Vrss.GrainInterfaces.Media;
using Vrss.Grains.Media;

namespace Vrss.Social.Tests.Posts;

/// <summary>Every <c>post.*</c> procedure over HTTP: types and length rules, plain text, media, author-only edits, reactions, comments.</summary>
public abstract class PostTests : SocialTests
{
    [Fact]
    public async Task Create_ReturnsThePost_AndFollowsEachTypesLengthRules()
    {
        await using var cluster = await StartSocialAsync();
        using var ada = await JoinAsync(cluster, "ada");

        var post = (await ada.Client.CallAsync("post.create", new { type = "text_short", content = "Hello", visibility = "followers" })).AssertSuccess().GetProperty("post");
        Assert.Matches("^[0-9a-f]{32}$", post.Id());
        Assert.Equal((ada.Id, ada.Username), (post.GetProperty("author").Id(), post.GetProperty("author").GetProperty("username").GetString()));
        Assert.Equal(("text_short", "Hello", "followers"), (post.GetProperty("type").GetString(), post.GetProperty("content").GetString(), post.GetProperty("visibility").GetString()));
        Assert.Empty(post.GetProperty("media").EnumerateArray());
        Assert.Empty(post.GetProperty("reactionCounts").EnumerateObject());
        Assert.Equal(0, post.GetProperty("commentCount").GetInt32());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", post.GetProperty("createdAt").GetString());
        Assert.False(post.TryGetProperty("updatedAt", out _));

        // Lengths count characters (an emoji is one), per type.
        (await ada.Client.CallAsync("post.create", new { type = "text_short", content = new string('a', 500) })).AssertSuccess();
        (await ada.Client.CallAsync("post.create", new { type = "text_short", content = string.Concat(Enumerable.Repeat("😀", 500)) })).AssertSuccess();
        (await ada.Client.CallAsync("post.create", new { type = "text_long", content = new string('a', 5000) })).AssertSuccess();
        var cases = new (object Input, int Code, string Field)[]
        {
            (new { type = "text_short", content = new string('a', 501) }, 1201, "content"),
            (new { type = "text_long", content = new string('a', 5001) }, 1201, "content"),
            (new { type = "text_short" }, 1202, "content"),
            (new { type = "text_short", content = "   \n " }, 1201, "content"),
            (new { content = "no type" }, 1202, "type"),
            (new { type = "story", content = "x" }, 1201, "type"),
            (new { type = "text_short", content = "x", mediaIds = new[] { "m1" } }, 1201, "mediaIds"),
            (new { type = "image", content = "caption only" }, 1201, "mediaIds"),
            (new { type = "gallery", content = "", mediaIds = Enumerable.Range(0, 11).Select(i => $"m{i}") }, 1201, "mediaIds"),
            (new { type = "text_short", content = "x", visibility = "everyone" }, 1200, "visibility"),
            (new { type = 3, content = "x" }, 1200, "type"),
        };
        foreach (var (input, code, field) in cases)
        {
            var response = await ada.Client.CallAsync("post.create", input);
            response.AssertError(400, code);
            Assert.Equal(field, response.ErrorField);
        }

        (await Client(cluster).CallAsync("post.create", new { type = "text_short", content = "anonymous" })).AssertError(401, 1000);
    }

    [Fact]
    public async Task Content_IsPlainText_HtmlKeptLiterally_ControlCharactersRefused()
    {
        await using var cluster = await StartSocialAsync();
        using var ada = await JoinAsync(cluster, "ada");
        using var anonymous = Client(cluster);
        const string html = "<img src=x onerror=alert(1)> & <b>bold</b> <script>steal()</script>\n\ttabbed\r\nend";

        var created = await ada.PostAsync(html);
        var read = await anonymous.CallAsync("post.getById", new { postId = created.Id() });

        Assert.Equal(html, read.AssertSuccess().GetProperty("post").GetProperty("content").GetString());
        Assert.DoesNotContain("<script>", read.Body, StringComparison.Ordinal);
        var comment = (await ada.Client.CallAsync("post.comment", new { postId = created.Id(), content = html })).AssertSuccess().GetProperty("comment");
        Assert.Equal(html, comment.GetProperty("content").GetString());

        foreach (var bad in new[] { "nul\u0000", "escape\u001B[31m", "del\u007F", "csi\u009B", "nel\u0085" })
        {
            var response = await ada.Client.CallAsync("post.create", new { type = "text_short", content = bad });
            response.AssertError(400, 1201);
            Assert.Equal("content", response.ErrorField);
            (await ada.Client.CallAsync("post.comment", new { postId = created.Id(), content = bad })).AssertError(400, 1201);
            (await ada.Client.CallAsync("post.update", new { postId = created.Id(), content = bad })).AssertError(400, 1201);
        }
    }

    [Fact]
    public async Task Create_WithMedia_TakesOnlyTheAuthorsOwnCompletedMediaOfTheRightKind()
    {
        await using var cluster = await StartSocialAsync(MediaFixtures.UseLocalMediaStore);
        using var ada = await JoinAsync(cluster, "ada");
        using var bob = await JoinAsync(cluster, "bob");
        var media = cluster.ServiceProvider.GetRequiredService<IMediaRepository>();
        var images = new[]
        {
            await MediaFixtures.AddAsync(media, ada.Id, MediaKind.Image, MediaStatus.Completed),
            await MediaFixtures.AddAsync(media, ada.Id, MediaKind.Image, MediaStatus.Completed),
        };
        var video = await MediaFixtures.AddAsync(media, ada.Id, MediaKind.Video, MediaStatus.Completed);
        var pending = await MediaFixtures.AddAsync(media, ada.Id, MediaKind.Image, MediaStatus.Pending);
        var bobs = await MediaFixtures.AddAsync(media, bob.Id, MediaKind.Image, MediaStatus.Completed);

        var image = (await ada.Client.CallAsync("post.create", new { type = "image", content = "a picture", mediaIds = new[] { images[0].Id } }))
            .AssertSuccess().GetProperty("post");
        var attached = Assert.Single(image.GetProperty("media").EnumerateArray());
        Assert.Equal((images[0].Id, "image", "image/png"), (attached.Id(), attached.GetProperty("type").GetString(), attached.GetProperty("contentType").GetString()));
        Assert.EndsWith(images[0].StorageKey, attached.GetProperty("url").GetString(), StringComparison.Ordinal);

        var gallery = (await ada.Client.CallAsync("post.create", new { type = "gallery", mediaIds = new[] { images[1].Id, images[0].Id } }))
            .AssertSuccess().GetProperty("post");
        Assert.Equal([images[1].Id, images[0].Id], gallery.GetProperty("media").EnumerateArray().Select(m => m.Id()));
        Assert.Equal("", gallery.GetProperty("content").GetString());
        (await ada.Client.CallAsync("post.create", new { type = "video", content = "clip", mediaIds = new[] { video.Id } })).AssertSuccess();

        var refused = new object[]
        {
            new { type = "gallery", mediaIds = new[] { images[0].Id } },
            new { type = "gallery", mediaIds = new[] { images[0].Id, images[0].Id } },
            new { type = "video", mediaIds = new[] { images[0].Id } },
            new { type = "image", mediaIds = new[] { pending.Id } },
            new { type = "image", mediaIds = new[] { bobs.Id } },
            new { type = "image", mediaIds = new[] { "no-such-media" } },
        };
        foreach (var input in refused)
        {
            var response = await ada.Client.CallAsync("post.create", input);
            response.AssertError(400, 1201);
            Assert.Equal("mediaIds", response.ErrorField);
        }
    }

    [Fact]
    public async Task UpdateAndDelete_AreForTheAuthorOnly_AndADeletedPostIsGoneEverywhere()
    {
        await using var cluster = await StartSocialAsync();
        using var ada = await JoinAsync(cluster, "ada");
        using var bob = await JoinAsync(cluster, "bob");
        var post = await ada.PostAsync("first draft");
        var id = post.Id();

        (await bob.Client.CallAsync("post.update", new { postId = id, content = "hijacked" })).AssertError(403, 1100);
        (await bob.Client.CallAsync("post.delete", new { postId = id })).AssertError(403, 1100);
        (await ada.Client.CallAsync("post.update", new { postId = id })).AssertError(400, 1202);
        (await ada.Client.CallAsync("post.update", new { postId = id, content = new string('x', 501) })).AssertError(400, 1201);

        var tag = "tag" + Guid.NewGuid().ToString("N")[..12];
        var edited = (await ada.Client.CallAsync("post.update", new { postId = id, content = $"final <i>text</i> {tag}" })).AssertSuccess().GetProperty("post");
        Assert.Equal($"final <i>text</i> {tag}", edited.GetProperty("content").GetString());
        Assert.True(edited.GetProperty("updatedAt").GetDateTimeOffset() >= edited.GetProperty("createdAt").GetDateTimeOffset());
        Assert.Equal(post.GetProperty("createdAt").GetString(), edited.GetProperty("createdAt").GetString());
        Assert.Equal($"final <i>text</i> {tag}", (await bob.Client.CallAsync("post.getById", new { postId = id })).AssertSuccess().GetProperty("post").GetProperty("content").GetString());
        Assert.Equal([id], (await bob.Client.CallAsync("discovery.searchPosts", new { query = tag })).ItemIds());

        // Once private, the post does not exist for anyone else, not even to be refused.
        (await ada.Client.CallAsync("post.update", new { postId = id, visibility = "private" })).AssertSuccess();
        (await bob.Client.CallAsync("post.getById", new { postId = id })).AssertError(404, 1303);
        (await bob.Client.CallAsync("post.update", new { postId = id, content = "x" })).AssertError(404, 1303);
        (await bob.Client.CallAsync("post.delete", new { postId = id })).AssertError(404, 1303);
        (await ada.Client.CallAsync("post.update", new { postId = id, visibility = "public" })).AssertSuccess();

        (await ada.Client.CallAsync("post.delete", new { postId = id })).AssertSuccess();
        (await ada.Client.CallAsync("post.getById", new { postId = id })).AssertError(404, 1303);
        (await bob.Client.CallAsync("post.getById", new { postId = id })).AssertError(404, 1303);
        (await ada.Client.CallAsync("post.delete", new { postId = id })).AssertError(404, 1303);
        (await ada.Client.CallAsync("post.update", new { postId = id, content = "back" })).AssertError(404, 1303);
        (await bob.Client.CallAsync("post.react", new { postId = id, reaction = "like" })).AssertError(404, 1303);
        (await bob.Client.CallAsync("post.comment", new { postId = id, content = "hello?" })).AssertError(404, 1303);
        Assert.DoesNotContain(id, (await bob.Client.CallAsync("post.getByUser", new { username = ada.Username })).ItemIds());
        Assert.DoesNotContain(id, await ada.HomeIdsAsync());
        Assert.Empty((await bob.Client.CallAsync("discovery.searchPosts", new { query = tag })).ItemIds());
        Assert.DoesNotContain(id, SocialCalls.Ids(await SocialCalls.AllPagesAsync(cursor => bob.Client.CallAsync("discovery.getDiscoverFeed", new { cursor, limit = 100 }))));
        Assert.Equal(0, (await bob.Client.ProfileAsync(ada.Username)).Count("postsCount"));

        (await bob.Client.CallAsync("post.getById", new { postId = "00000000000000000000000000000000" })).AssertError(404, 1303);
        (await bob.Client.CallAsync("post.getById", new { })).AssertError(400, 1202);
        (await bob.Client.CallAsync("post.getById", new { postId = new string('p', 101) })).AssertError(400, 1201);
    }

    [Fact]
    public async Task GetByUser_NewestFirst_PagesWithoutGapsOrDuplicates_WhilePostsArrive()
    {
        await using var cluster = await StartSocialAsync();
        using var ada = await JoinAsync(cluster, "ada");
        using var anonymous = Client(cluster);
        var original = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            original.Add((await ada.PostAsync($"post {i}")).Id());
        }

        var seen = await SocialCalls.AllPagesAsync(
            cursor => anonymous.CallAsync("post.getByUser", new { username = ada.Username, cursor, limit = 3 }),
            async _ => await ada.PostAsync("arrived between pages"));

        Assert.Equal(Enumerable.Reverse(original), SocialCalls.Ids(seen));
        (await anonymous.CallAsync("post.getByUser", new { username = "nobody_at_all" })).AssertError(404, 1302);
        (await anonymous.CallAsync("post.getByUser", new { username = ada.Username, limit = 0 })).AssertError(400, 1201);
        (await anonymous.CallAsync("post.getByUser", new { username = ada.Username, limit = 101 })).AssertError(400, 1201);
        var garbage = await anonymous.CallAsync("post.getByUser", new { username = ada.Username, cursor = "not-a-cursor" });
        garbage.AssertError(400, 1203);
        Assert.Equal("cursor", garbage.ErrorField);
    }

    [Fact]
    public async Task React_OnePerUserPerPost_Switchable_AndUnreact()
    {
        await using var cluster = await StartSocialAsync();
        using var ada = await JoinAsync(cluster, "ada");
        using var bob = await JoinAsync(cluster, "bob");
        using var carl = await JoinAsync(cluster, "carl");
        var id = (await ada.PostAsync("react to me")).Id();

        var liked = (await bob.Client.CallAsync("post.react", new { postId = id, reaction = "like" })).AssertSuccess();
        Assert.Equal("{\"like\":1}", liked.GetProperty("reactionCounts").GetRawText());
        Assert.Equal("like", liked.GetProperty("myReaction").GetString());
        (await bob.Client.CallAsync("post.react", new { postId = id, reaction = "like" })).AssertSuccess();
        Assert.Equal("{\"love\":1}", (await bob.Client.CallAsync("post.react", new { postId = id, reaction = "love" })).AssertSuccess().GetProperty("reactionCounts").GetRawText());
        (await carl.Client.CallAsync("post.react", new { postId = id, reaction = "love" })).AssertSuccess();
        var mixed = (await ada.Client.CallAsync("post.react", new { postId = id, reaction = "laugh" })).AssertSuccess();
        Assert.Equal("{\"love\":2,\"laugh\":1}", mixed.GetProperty("reactionCounts").GetRawText());

        var unreacted = (await bob.Client.CallAsync("post.unreact", new { postId = id })).AssertSuccess();
        Assert.Equal("{\"love\":1,\"laugh\":1}", unreacted.GetProperty("reactionCounts").GetRawText());
        Assert.Equal(unreacted.GetRawText(), (await bob.Client.CallAsync("post.unreact", new { postId = id })).AssertSuccess().GetRawText());
        var post = (await Client(cluster).CallAsync("post.getById", new { postId = id })).AssertSuccess().GetProperty("post");
        Assert.Equal("{\"love\":1,\"laugh\":1}", post.GetProperty("reactionCounts").GetRawText());

        var unknown = await bob.Client.CallAsync("post.react", new { postId = id, reaction = "meh" });
        unknown.AssertError(400, 1200);
        Assert.Equal("reaction", unknown.ErrorField);
        (await bob.Client.CallAsync("post.react", new { postId = id })).AssertError(400, 1202);
        (await bob.Client.CallAsync("post.react", new { postId = "00000000000000000000000000000000", reaction = "wow" })).AssertError(404, 1303);
        (await Client(cluster).CallAsync("post.react", new { postId = id, reaction = "wow" })).AssertError(401, 1000);
    }

    [Fact]
    public async Task Comments_OldestFirstInPages_AndDeletableByTheCommentsOrThePostsAuthor()
    {
        await using var cluster = await StartSocialAsync();
        using var ada = await JoinAsync(cluster, "ada");
        using var bob = await JoinAsync(cluster, "bob");
        using var carl = await JoinAsync(cluster, "carl");
        var id = (await ada.PostAsync("discuss")).Id();
        var written = new List<JsonElement>();
        for (var i = 0; i < 5; i++)
        {
            var author = i % 2 == 0 ? bob : carl;
            written.Add((await author.Client.CallAsync("post.comment", new { postId = id, content = $"comment {i}" })).AssertSuccess().GetProperty("comment"));
        }

        Assert.Equal((id, bob.Id, "comment 0"), (written[0].GetProperty("postId").GetString(), written[0].GetProperty("author").Id(), written[0].GetProperty("content").GetString()));
        using var anonymous = Client(cluster);
        var all = await SocialCalls.AllPagesAsync(cursor => anonymous.CallAsync("post.getComments", new { postId = id, cursor, limit = 2 }));
        Assert.Equal(SocialCalls.Ids(written), SocialCalls.Ids(all));
        Assert.Equal(5, (await anonymous.CallAsync("post.getById", new { postId = id })).AssertSuccess().GetProperty("post").GetProperty("commentCount").GetInt32());
        (await bob.Client.CallAsync("post.comment", new { postId = id, content = new string('c', 2001) })).AssertError(400, 1201);
        (await bob.Client.CallAsync("post.comment", new { postId = id, content = " " })).AssertError(400, 1201);

        (await carl.Client.CallAsync("post.deleteComment", new { commentId = written[0].Id() })).AssertError(403, 1100);
        (await bob.Client.CallAsync("post.deleteComment", new { commentId = written[0].Id() })).AssertSuccess();
        (await ada.Client.CallAsync("post.deleteComment", new { commentId = written[1].Id() })).AssertSuccess();
        (await ada.Client.CallAsync("post.deleteComment", new { commentId = written[1].Id() })).AssertError(404, 1301);
        (await ada.Client.CallAsync("post.deleteComment", new { commentId = "no-such-comment" })).AssertError(404, 1301);

        var left = await SocialCalls.AllPagesAsync(cursor => anonymous.CallAsync("post.getComments", new { postId = id, cursor, limit = 2 }));
        Assert.Equal(SocialCalls.Ids(written.Skip(2)), SocialCalls.Ids(left));
        Assert.Equal(3, (await anonymous.CallAsync("post.getById", new { postId = id })).AssertSuccess().GetProperty("post").GetProperty("commentCount").GetInt32());
        (await anonymous.CallAsync("post.getComments", new { postId = "00000000000000000000000000000000" })).AssertError(404, 1303);
    }
}
