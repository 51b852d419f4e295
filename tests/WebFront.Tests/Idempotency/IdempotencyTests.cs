using System.Text.Json;
using Vrss.GrainInterfaces.Idempotency;
using Vrss.GrainInterfaces.Posts;
using Vrss.GrainInterfaces.Users;
using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;
using Vrss.WebFront.Idempotency;

namespace Vrss.WebFront.Tests.Idempotency;

/// <summary>
/// <c>context.idempotencyKey</c> end to end over HTTP (API.md, "Idempotency keys"): a repeat answers the first answer
/// and does nothing twice, on any silo, while the key lives; another call under the key is refused.
/// </summary>
public abstract class IdempotencyTests : ProductTests
{
    private static readonly object s_hello = new { type = "text_short", content = "Hello once", visibility = "public" };

    private static string NewKey() => "outbox-" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task Repeat_AnswersTheFirstAnswer_AndCreatesOnePost()
    {
        await using var cluster = await StartAsync();
        using var client = Client(cluster);
        var account = await client.RegisterAsync();
        var key = NewKey();

        var first = await client.CallKeyedAsync("post.create", s_hello, key);
        // The same input with its members in another order and other spacing is the same call.
        var repeat = await client.CallRawAsync(
            $$"""{ "context": { "idempotencyKey": "{{key}}" }, "procedure": "post.create", "input": { "visibility": "public",  "content": "Hello once", "type": "text_short" } }""");
        var again = await client.CallKeyedAsync("post.create", s_hello, key);

        var data = first.AssertSuccess();
        Assert.Null(first.Header(IdempotentCalls.ReplayedHeader));
        foreach (var replay in new[] { repeat, again })
        {
            Assert.Equal(data.GetRawText(), replay.AssertSuccess().GetRawText());
            Assert.Equal("true", replay.Header(IdempotentCalls.ReplayedHeader));
            Assert.NotEqual(first.RequestId, replay.RequestId);
        }

        var posts = await client.PostsOfAsync(account.Username);
        Assert.Equal(data.GetProperty("post").GetProperty("id").GetString(), Assert.Single(posts).GetProperty("id").GetString());

        // Without a key, the same input is a new post each time.
        (await client.CallAsync("post.create", s_hello)).AssertSuccess();
        Assert.Equal(2, (await client.PostsOfAsync(account.Username)).Count);
    }

    [Fact]
    public async Task Keys_ArePerUser_AnotherUsersKeyNeverAnswersTheirAnswer()
    {
        await using var cluster = await StartAsync();
        using var alice = Client(cluster);
        using var bob = Client(cluster);
        var aliceAccount = await alice.RegisterAsync();
        var bobAccount = await bob.RegisterAsync();
        var key = NewKey();

        var alicePost = (await alice.CallKeyedAsync("post.create", s_hello, key)).AssertSuccess();
        var bobAnswer = await bob.CallKeyedAsync("post.create", s_hello, key);

        var bobPost = bobAnswer.AssertSuccess();
        Assert.Null(bobAnswer.Header(IdempotentCalls.ReplayedHeader));
        Assert.NotEqual(alicePost.GetProperty("post").GetProperty("id").GetString(), bobPost.GetProperty("post").GetProperty("id").GetString());
        Assert.Equal(bobAccount.Id, bobPost.GetProperty("post").GetProperty("author").GetProperty("id").GetString());
        Assert.Single(await alice.PostsOfAsync(aliceAccount.Username));
        Assert.Single(await bob.PostsOfAsync(bobAccount.Username));
    }

    [Fact]
    public async Task TheKeyWithAnotherInputOrProcedure_IsRefused_AndRunsNothing()
    {
        await using var cluster = await StartAsync();
        using var client = Client(cluster);
        var account = await client.RegisterAsync();
        var key = NewKey();
        var post = (await client.CallKeyedAsync("post.create", s_hello, key)).AssertSuccess().GetProperty("post").GetProperty("id").GetString()!;

        var otherInput = await client.CallKeyedAsync("post.create", new { type = "text_short", content = "Hello twice", visibility = "public" }, key);
        var otherProcedure = await client.CallKeyedAsync("post.comment", new { postId = post, content = "Hello once" }, key);

        foreach (var refused in new[] { otherInput, otherProcedure })
        {
            refused.AssertError(400, 1404);
            Assert.Equal("context.idempotencyKey", refused.ErrorField);
        }

        Assert.Single(await client.PostsOfAsync(account.Username));
        Assert.Empty(await client.CommentsOfAsync(post));
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("slash/inside")]
    [InlineData("ünïcode")]
    [InlineData(129)]
    [InlineData(42)]
    public async Task AMalformedKey_IsRefusedBeforeAnythingRuns(object key)
    {
        await using var cluster = await StartAsync();
        using var client = Client(cluster);
        var account = await client.RegisterAsync();

        var answer = await client.CallKeyedAsync("post.create", s_hello, key is 129 ? new string('k', 129) : key);

        answer.AssertError(400, 1203);
        Assert.Equal("context.idempotencyKey", answer.ErrorField);
        Assert.Empty(await client.PostsOfAsync(account.Username));
    }

    [Fact]
    public async Task ConcurrentRepeats_RunOnce_TheOthersWaitOrGetTheFirstAnswer()
    {
        await using var cluster = await StartAsync();
        using var client = Client(cluster);
        var account = await client.RegisterAsync();
        var key = NewKey();

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.CallKeyedAsync("post.create", s_hello, key)));

        var succeeded = answers.Where(a => a.Success).ToList();
        Assert.NotEmpty(succeeded);
        Assert.Single(succeeded.Select(a => a.Data.GetRawText()).Distinct());
        Assert.Single(succeeded, a => a.Header(IdempotentCalls.ReplayedHeader) is null);
        foreach (var busy in answers.Where(a => !a.Success))
        {
            busy.AssertError(409, 1405);
            Assert.Equal("1", busy.Header("Retry-After"));
        }

        var post = Assert.Single(await client.PostsOfAsync(account.Username));
        var later = (await client.CallKeyedAsync("post.create", s_hello, key)).AssertSuccess();
        Assert.Equal(post.GetProperty("id").GetString(), later.GetProperty("post").GetProperty("id").GetString());
    }

    [Fact]
    public async Task ARepeatOnAnotherSilo_GetsTheFirstAnswer()
    {
        await using var cluster = await StartAsync(silos: 2);
        using var first = Client(cluster, silo: 0);
        var account = await first.RegisterAsync();
        using var second = Client(cluster, silo: 1);
        second.BearerToken = account.Token;
        var key = NewKey();

        var answer = (await first.CallKeyedAsync("post.comment", new { postId = await NewPostAsync(first), content = "first!" }, key)).AssertSuccess();
        var repeat = await second.CallKeyedAsync("post.comment", new { postId = answer.GetProperty("comment").GetProperty("postId").GetString(), content = "first!" }, key);

        Assert.Equal(answer.GetRawText(), repeat.AssertSuccess().GetRawText());
        Assert.Equal("true", repeat.Header(IdempotentCalls.ReplayedHeader));
        Assert.Single(await second.CommentsOfAsync(answer.GetProperty("comment").GetProperty("postId").GetString()!));
        Assert.Single(await first.PostsOfAsync(account.Username));
    }

    [Fact]
    public async Task ARefusal_IsRecordedToo_ButARateLimitIsNot()
    {
        await using var cluster = await StartAsync(o => o.Configuration["Vrss:RateLimits:post.create:Limit"] = "1");
        using var client = Client(cluster);
        var account = await client.RegisterAsync();
        var missing = new { postId = "no-such-post", content = "hello?" };
        var key = NewKey();

        (await client.CallKeyedAsync("post.comment", missing, key)).AssertError(404, 1303);
        var replayed = await client.CallKeyedAsync("post.comment", missing, key);
        replayed.AssertError(404, 1303);
        Assert.Equal("true", replayed.Header(IdempotentCalls.ReplayedHeader));

        (await client.CallAsync("post.create", s_hello)).AssertSuccess();
        var limitedKey = NewKey();
        (await client.CallKeyedAsync("post.create", s_hello, limitedKey)).AssertError(429, 1500);
        var retried = await client.CallKeyedAsync("post.create", s_hello, limitedKey);
        retried.AssertError(429, 1500);
        Assert.Null(retried.Header(IdempotentCalls.ReplayedHeader));
        Assert.Single(await client.PostsOfAsync(account.Username));
    }

    [Fact]
    public async Task AfterTheRetention_TheKeyStartsANewCall()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var cluster = await StartAsync(o => o.TimeProvider = clock);
        using var client = Client(cluster);
        var account = await client.RegisterAsync();
        var key = NewKey();
        var first = (await client.CallKeyedAsync("post.create", s_hello, key)).AssertSuccess().GetProperty("post").GetProperty("id").GetString();

        clock.Advance(TimeSpan.FromHours(23));
        var replay = await client.CallKeyedAsync("post.create", s_hello, key);
        Assert.Equal(first, replay.AssertSuccess().GetProperty("post").GetProperty("id").GetString());

        clock.Advance(TimeSpan.FromHours(1));
        var fresh = await client.CallKeyedAsync("post.create", s_hello, key);

        Assert.Null(fresh.Header(IdempotentCalls.ReplayedHeader));
        Assert.NotEqual(first, fresh.AssertSuccess().GetProperty("post").GetProperty("id").GetString());
        Assert.Equal(2, (await client.PostsOfAsync(account.Username)).Count);
    }

    [Fact]
    public async Task ACallWhoseSiloDiedAfterTheWrite_RunsAgainAfterTheClaimTimeout_AndFindsWhatItCreated()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var cluster = await StartAsync(o => o.TimeProvider = clock);
        using var client = Client(cluster);
        var account = await client.RegisterAsync();
        var postKey = NewKey();
        var commentKey = NewKey();
        var target = await NewPostAsync(client);
        var comment = new { postId = target, content = "made before the crash" };

        // What a front does before it dies: claims the key and does the write, but never records the answer.
        var ledger = cluster.GrainFactory.GetGrain<IIdempotencyGrain>("0");
        var postClaim = await ledger.ClaimAsync(account.Id, postKey, "post.create", Fingerprint(s_hello));
        var made = await cluster.GrainFactory.GetGrain<IUserGrain>(account.Id).CreatePostAsync(
            new PostDraft(PostType.TextShort, "Hello once", [], PostVisibility.Public, CreationIds.Derive(postClaim.Seed!, "post")));
        var commentClaim = await ledger.ClaimAsync(account.Id, commentKey, "post.comment", Fingerprint(comment));
        var madeComment = await cluster.GrainFactory.GetGrain<IPostGrain>(target).CommentAsync(
            account.Id, comment.content, CreationIds.Derive(commentClaim.Seed!, "comment"));
        Assert.Equal(IdempotencyOutcome.Run, postClaim.Outcome);

        // The client's repeat: the claim is still held, so it does not run...
        (await client.CallKeyedAsync("post.create", s_hello, postKey)).AssertError(409, 1405);

        // ...until the claim timeout passed; then it runs again and answers what the first run created.
        clock.Advance(TimeSpan.FromMinutes(3));
        var post = (await client.CallKeyedAsync("post.create", s_hello, postKey)).AssertSuccess();
        var commented = (await client.CallKeyedAsync("post.comment", comment, commentKey)).AssertSuccess();

        Assert.Equal(made.Id, post.GetProperty("post").GetProperty("id").GetString());
        Assert.Equal(madeComment.Id, commented.GetProperty("comment").GetProperty("id").GetString());
        Assert.Equal(2, (await client.PostsOfAsync(account.Username)).Count);
        Assert.Single(await client.CommentsOfAsync(target));
        var replay = await client.CallKeyedAsync("post.create", s_hello, postKey);
        Assert.Equal("true", replay.Header(IdempotentCalls.ReplayedHeader));
    }

    [Fact]
    public async Task AnonymousCallers_NeverReachAKey()
    {
        await using var cluster = await StartAsync();
        using var author = Client(cluster);
        var account = await author.RegisterAsync();
        var key = NewKey();
        (await author.CallKeyedAsync("post.create", s_hello, key)).AssertSuccess();
        using var anonymous = Client(cluster);

        (await anonymous.CallKeyedAsync("post.create", s_hello, key)).AssertError(401, 1000);
        var read = await anonymous.CallKeyedAsync("post.getByUser", new { username = account.Username }, key);

        Assert.Single(read.AssertSuccess().GetProperty("items").EnumerateArray());
        Assert.Null(read.Header(IdempotentCalls.ReplayedHeader));
    }

    private static string Fingerprint(object input)
    {
        using var document = JsonDocument.Parse(JsonSerializer.Serialize(input, new JsonSerializerOptions(JsonSerializerDefaults.Web)));
        return InputFingerprint.Of(document.RootElement);
    }

    private static async Task<string> NewPostAsync(RpcClient client) =>
        (await client.CallAsync("post.create", new { type = "text_short", content = "a post to comment on", visibility = "public" }))
            .AssertSuccess().GetProperty("post").GetProperty("id").GetString()!;
}
