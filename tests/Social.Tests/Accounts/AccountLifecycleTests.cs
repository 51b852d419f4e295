using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Vrss.GrainInterfaces.Accounts;
using Vrss.Grains.Accounts;
using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.Social.Tests.Accounts;

/// <summary>
/// Leaving and changing names over HTTP (API.md, "Leaving and changing names"): deletion with its grace period and
/// purge, renames, email changes, verification links, data exports and <c>Vrss:Auth:RequireVerifiedEmail</c>.
/// </summary>
public abstract class AccountLifecycleTests : SocialTests
{
    private readonly string _mediaFolder = Path.Combine(Path.GetTempPath(), "vrss-life-media-" + Guid.NewGuid().ToString("N"));

    /// <summary>
    /// The rows of every table (grain state included) that name one of <paramref name="needles"/>, as "table: count
    /// row(s) name needle"; null where the store has no schema to enumerate (Memory: its API checks are the proof).
    /// </summary>
    protected abstract Task<IReadOnlyList<string>?> RowsNamingAsync(IReadOnlyList<string> needles);

    [Fact]
    public async Task DeleteAccount_HidesAtOnce_SignsOutEverywhere_AndSigningInCancels()
    {
        await using var cluster = await StartLifeAsync();
        using var ada = await JoinAsync(cluster, "ada");
        using var bob = await JoinAsync(cluster, "bob");
        using var adaPhone = Client(cluster);
        await adaPhone.LoginAsync(ada.Username, ada.Account.Password);
        await ada.PostAsync("before leaving");

        (await ada.Client.CallAsync("user.deleteAccount", new { password = "Wrong-Password-9" })).AssertError(401, 1001);
        (await ada.Client.CallAsync("user.deleteAccount", new { })).AssertError(400, 1202);
        var before = DateTimeOffset.UtcNow;
        var deleted = (await ada.Client.CallAsync("user.deleteAccount", new { password = ada.Account.Password })).AssertSuccess();
        var purgeAt = DateTimeOffset.Parse(deleted.GetProperty("purgeAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(purgeAt, before + TimeSpan.FromDays(30) - TimeSpan.FromMinutes(1), before + TimeSpan.FromDays(30) + TimeSpan.FromMinutes(1));

        (await ada.Client.CallAsync("auth.getSession")).AssertError(401, 1000);
        Assert.Equal(401, (await adaPhone.CallAsync("auth.getSession")).StatusCode);
        (await bob.Client.CallAsync("user.getProfile", new { username = ada.Username })).AssertError(404, 1302);
        (await bob.Client.CallAsync("social.follow", new { username = ada.Username })).AssertError(404, 1302);
        var search = (await bob.Client.CallAsync("discovery.searchUsers", new { query = ada.Username })).AssertSuccess();
        Assert.Empty(search.GetProperty("items").EnumerateArray());

        var login = (await ada.Client.CallAsync("auth.login", new { login = ada.Username, password = ada.Account.Password })).AssertSuccess();
        Assert.True(login.GetProperty("deletionCancelled").GetBoolean());
        Assert.Equal(ada.Id, (await bob.Client.ProfileAsync(ada.Username)).Id());
        var again = (await ada.Client.CallAsync("auth.login", new { login = ada.Username, password = ada.Account.Password })).AssertSuccess();
        Assert.False(again.GetProperty("deletionCancelled").GetBoolean());
    }

    [Fact]
    public async Task DeleteAccount_WithTwoFactorOn_NeedsACurrentCodeOrARecoveryCode()
    {
        await using var cluster = await StartLifeAsync();
        using var ada = await JoinAsync(cluster, "ada");
        var secret = (await ada.Client.CallAsync("auth.enableTotp", new { password = ada.Account.Password })).AssertSuccess().GetProperty("secret").GetString()!;
        var codes = (await ada.Client.CallAsync("auth.confirmTotp", new { code = TotpCodes.At(secret, DateTimeOffset.UtcNow) })).AssertSuccess();
        var recovery = codes.GetProperty("recoveryCodes")[0].GetString()!;

        var required = await ada.Client.CallAsync("user.deleteAccount", new { password = ada.Account.Password });
        required.AssertError(401, 1003);
        Assert.Equal("totpCode", required.ErrorField);
        (await ada.Client.CallAsync("user.deleteAccount", new { password = ada.Account.Password, recoveryCode = "AAAA-BBBB-CCCC-DDDD" })).AssertError(401, 1003);
        (await ada.Client.CallAsync("user.deleteAccount", new { password = ada.Account.Password, totpCode = "123456", recoveryCode = recovery })).AssertError(400, 1201);
        (await ada.Client.CallAsync("user.getProfile", new { username = ada.Username })).AssertSuccess();

        (await ada.Client.CallAsync("user.deleteAccount", new { password = ada.Account.Password, recoveryCode = recovery })).AssertSuccess();
        (await ada.Client.CallAsync("auth.getSession")).AssertError(401, 1000);
    }

    [Fact]
    public async Task Purge_RemovesTheAccountAndEverythingOfIt_KeepsOthersCountsRight_AndFreesItsNames()
    {
        await using var cluster = await StartLifeAsync();
        using var ada = await JoinAsync(cluster, "ada");
        using var bob = await JoinAsync(cluster, "bob");
        using var carol = await JoinAsync(cluster, "carol");
        var image = await UploadPngAsync(ada.Client);
        var adaPost = (await ada.Client.CallAsync("post.create", new { type = "image", content = "my picture", mediaIds = new[] { image.Id() }, visibility = "public" })).AssertSuccess().GetProperty("post");
        var bobPost = await bob.PostAsync($"hello @{ada.Username}");
        await ada.FollowAsync(bob);
        await carol.FollowAsync(ada);
        await bob.FollowAsync(ada);
        (await ada.Client.CallAsync("post.comment", new { postId = bobPost.Id(), content = "nice one" })).AssertSuccess();
        (await ada.Client.CallAsync("post.react", new { postId = bobPost.Id(), reaction = "love" })).AssertSuccess();
        (await bob.Client.CallAsync("post.comment", new { postId = adaPost.Id(), content = "lovely" })).AssertSuccess();
        (await carol.Client.CallAsync("post.react", new { postId = adaPost.Id(), reaction = "wow" })).AssertSuccess();
        (await carol.Client.CallAsync("post.comment", new { postId = bobPost.Id(), content = $"agreed, @{ada.Username.ToUpperInvariant()}!" })).AssertSuccess();
        (await ada.Client.CallAsync("social.requestConnection", new { username = carol.Username, message = "hi" })).AssertSuccess();
        var bobRequest = (await bob.Client.CallAsync("social.requestConnection", new { username = ada.Username })).AssertSuccess();
        (await ada.Client.CallAsync("social.respondConnection", new { requestId = bobRequest.GetProperty("request").Id(), accept = true })).AssertSuccess();
        // Reports filed by the account, and about it (their excerpts quote it), go with it.
        (await ada.Client.CallAsync("moderation.report", new { postId = bobPost.Id(), category = "spam" })).AssertSuccess();
        (await carol.Client.CallAsync("moderation.report", new { postId = adaPost.Id(), category = "other" })).AssertSuccess();
        var imagePath = Path.Combine(_mediaFolder, "media", ada.Id);
        Assert.True(Directory.EnumerateFiles(imagePath, "*", SearchOption.AllDirectories).Any());
        var bobBefore = await bob.Client.ProfileAsync(bob.Username);
        Assert.Equal((1, 1), (bobBefore.Count("followersCount"), bobBefore.Count("followingCount")));

        string[] needles = [ada.Id, ada.Username, ada.Account.Email];
        if (await RowsNamingAsync(needles) is { } before)
        {
            // The scan sees the account where it lives before the purge, so its empty answer afterwards means something.
            Assert.Contains(before, r => r.StartsWith("users:", StringComparison.Ordinal));
            Assert.Contains(before, r => r.StartsWith("posts:", StringComparison.Ordinal));
            Assert.Contains(before, r => r.StartsWith("orleansstorage:", StringComparison.Ordinal));
            Assert.Contains(before, r => r.StartsWith("email_outbox:", StringComparison.Ordinal));
            Assert.Contains(before, r => r.StartsWith("reports:", StringComparison.Ordinal));
        }

        (await ada.Client.CallAsync("user.deleteAccount", new { password = ada.Account.Password })).AssertSuccess();
        await cluster.GrainFactory.GetGrain<IAccountGrain>(ada.Id).PurgeNowAsync();

        using var anonymous = Client(cluster);
        (await anonymous.CallAsync("user.getProfile", new { userId = ada.Id })).AssertError(404, 1302);
        (await anonymous.CallAsync("post.getById", new { postId = adaPost.Id() })).AssertError(404, 1303);
        var bobAfter = await anonymous.ProfileAsync(bob.Username);
        Assert.Equal((0, 0, 1), (bobAfter.Count("followersCount"), bobAfter.Count("followingCount"), bobAfter.Count("postsCount")));
        Assert.Equal(0, (await anonymous.ProfileAsync(carol.Username)).Count("followingCount"));
        var post = (await anonymous.CallAsync("post.getById", new { postId = bobPost.Id() })).AssertSuccess().GetProperty("post");
        Assert.Equal(1, post.GetProperty("commentCount").GetInt32());
        Assert.Empty(post.GetProperty("reactionCounts").EnumerateObject());
        // Mentions of the freed name no longer point at it: whoever takes the name next is not the one meant.
        Assert.Equal("hello @[deleted]", post.GetProperty("content").GetString());
        var comment = Assert.Single((await anonymous.CallAsync("post.getComments", new { postId = bobPost.Id() })).AssertSuccess().GetProperty("items").EnumerateArray());
        Assert.Equal(("agreed, @[deleted]!", carol.Id), (comment.GetProperty("content").GetString(), comment.GetProperty("author").Id()));
        foreach (var member in new[] { bob, carol })
        {
            var notifications = (await member.Client.CallAsync("notification.getNotifications", new { limit = 100 })).AssertSuccess();
            Assert.DoesNotContain(notifications.GetProperty("items").EnumerateArray(), n => n.GetProperty("actor").Id() == ada.Id);
            Assert.Empty((await member.Client.CallAsync("social.getConnections")).AssertSuccess().GetProperty("items").EnumerateArray());
            Assert.Empty((await member.Client.CallAsync("social.getConnectionRequests")).AssertSuccess().GetProperty("items").EnumerateArray());
            Assert.DoesNotContain(adaPost.Id(), await member.HomeIdsAsync(100));
        }

        Assert.False(Directory.Exists(imagePath) && Directory.EnumerateFiles(imagePath, "*", SearchOption.AllDirectories).Any());
        (await anonymous.CallAsync("auth.login", new { login = ada.Username, password = ada.Account.Password })).AssertError(401, 1001);
        (await anonymous.CallAsync("auth.login", new { login = ada.Account.Email, password = ada.Account.Password })).AssertError(401, 1001);
        if (await RowsNamingAsync(needles) is { } after)
        {
            Assert.Empty(after);
        }

        // The names are free again: someone new takes both.
        using var heir = Client(cluster);
        var newcomer = await heir.RegisterAsync(ada.Username, email: ada.Account.Email);
        Assert.NotEqual(ada.Id, newcomer.Id);
        await heir.LoginAsync(ada.Username, newcomer.Password);
        Assert.Equal(newcomer.Id, (await anonymous.ProfileAsync(ada.Username)).Id());
    }

    [Fact]
    public async Task Purge_HappensWhenTheGracePeriodEnds()
    {
        await using var cluster = await StartLifeAsync(o => o.Configuration["Vrss:Accounts:DeletionGracePeriod"] = "00:00:00");
        using var ada = await JoinAsync(cluster, "ada");
        using var bob = await JoinAsync(cluster, "bob");
        await bob.FollowAsync(ada);
        (await ada.Client.CallAsync("user.deleteAccount", new { password = ada.Account.Password })).AssertSuccess();

        var sweeper = cluster.ServiceProvider.GetServices<IHostedService>().OfType<AccountSweeper>().Single();
        Assert.True(await sweeper.SweepAsync() >= 1);

        using var anonymous = Client(cluster);
        (await anonymous.CallAsync("user.getProfile", new { userId = ada.Id })).AssertError(404, 1302);
        Assert.Equal(0, (await anonymous.ProfileAsync(bob.Username)).Count("followingCount"));
        (await anonymous.CallAsync("auth.login", new { login = ada.Username, password = ada.Account.Password })).AssertError(401, 1001);
        await anonymous.RegisterAsync(ada.Username, email: ada.Account.Email);
    }

    [Fact]
    public async Task ChangeUsername_ReservesTheOldNameForTheAccount_WhichStillFindsIt()
    {
        await using var cluster = await StartLifeAsync();
        using var ada = await JoinAsync(cluster, "ada");
        using var bob = await JoinAsync(cluster, "bob");
        var newName = TestAccounts.UniqueUsername("lovelace");

        (await ada.Client.CallAsync("user.changeUsername", new { username = newName, password = "Wrong-Password-9" })).AssertError(401, 1001);
        (await ada.Client.CallAsync("user.changeUsername", new { username = "bad name!", password = ada.Account.Password })).AssertError(400, 1203);
        (await ada.Client.CallAsync("user.changeUsername", new { username = bob.Username, password = ada.Account.Password })).AssertError(400, 1401);
        (await ada.Client.CallAsync("user.changeUsername", new { username = ada.Username, password = ada.Account.Password })).AssertError(400, 1201);
        var renamed = (await ada.Client.CallAsync("user.changeUsername", new { username = newName.ToUpperInvariant(), password = ada.Account.Password })).AssertSuccess().GetProperty("profile");
        Assert.Equal((ada.Id, newName), (renamed.Id(), renamed.GetProperty("username").GetString()));

        var byOldName = await bob.Client.ProfileAsync(ada.Username);
        Assert.Equal((ada.Id, newName), (byOldName.Id(), byOldName.GetProperty("username").GetString()));
        Assert.Equal(newName, (await ada.Client.CallAsync("auth.getSession")).AssertSuccess().GetProperty("user").GetProperty("username").GetString());
        Assert.Equal(newName, (await ada.PostAsync("renamed")).GetProperty("author").GetProperty("username").GetString());

        // Nobody else may take the old name while it is reserved; its owner may take it back.
        using var other = Client(cluster);
        (await other.CallAsync("auth.register", new { username = ada.Username, email = "someone@example.com", password = TestAccounts.DefaultPassword })).AssertError(400, 1401);
        (await bob.Client.CallAsync("user.changeUsername", new { username = ada.Username, password = bob.Account.Password })).AssertError(400, 1401);

        await other.LoginAsync(newName, ada.Account.Password);
        (await other.CallAsync("auth.login", new { login = ada.Username, password = ada.Account.Password })).AssertError(401, 1001);

        (await ada.Client.CallAsync("user.changeUsername", new { username = ada.Username, password = ada.Account.Password })).AssertSuccess();
        Assert.Equal(ada.Username, (await bob.Client.ProfileAsync(ada.Username)).GetProperty("username").GetString());
        Assert.Equal(ada.Id, (await bob.Client.ProfileAsync(newName)).Id());
    }

    [Fact]
    public async Task ChangeEmail_TakesEffectOnlyWhenTheLinkSentToTheNewAddressIsUsed()
    {
        await using var cluster = await StartLifeAsync();
        using var ada = await JoinAsync(cluster, "ada");
        using var bob = await JoinAsync(cluster, "bob");
        var newEmail = $"{TestAccounts.UniqueUsername("new")}@example.org";

        (await ada.Client.CallAsync("auth.changeEmail", new { newEmail, password = "Wrong-Password-9" })).AssertError(401, 1001);
        (await ada.Client.CallAsync("auth.changeEmail", new { newEmail = "not an email", password = ada.Account.Password })).AssertError(400, 1203);
        (await ada.Client.CallAsync("auth.changeEmail", new { newEmail = bob.Account.Email.ToUpperInvariant(), password = ada.Account.Password })).AssertError(400, 1402);
        (await ada.Client.CallAsync("auth.changeEmail", new { newEmail, password = ada.Account.Password })).AssertSuccess();

        var notice = Assert.Single(await cluster.GetEmailsAsync(ada.Account.Email), m => m.Subject.Contains("being changed", StringComparison.Ordinal));
        Assert.DoesNotContain("token=", notice.Body, StringComparison.Ordinal);
        var token = await cluster.GetEmailedTokenAsync(newEmail, "Confirm your new email address");
        Assert.Equal(ada.Account.Email, (await ada.Client.CallAsync("auth.getSession")).AssertSuccess().GetProperty("user").GetProperty("email").GetString());
        using var other = Client(cluster);
        await other.LoginAsync(ada.Account.Email, ada.Account.Password);

        (await ada.Client.CallAsync("auth.confirmEmailChange", new { token = "x" })).AssertError(401, 1003);
        var user = (await other.CallAsync("auth.confirmEmailChange", new { token })).AssertSuccess().GetProperty("user");
        Assert.Equal((newEmail, true), (user.GetProperty("email").GetString(), user.GetProperty("emailVerified").GetBoolean()));
        (await other.CallAsync("auth.confirmEmailChange", new { token })).AssertError(401, 1003);

        await other.LoginAsync(newEmail, ada.Account.Password);
        (await other.CallAsync("auth.login", new { login = ada.Account.Email, password = ada.Account.Password })).AssertError(401, 1001);
        using var newcomer = Client(cluster);
        await newcomer.RegisterAsync(email: ada.Account.Email);
    }

    [Fact]
    public async Task ResendVerification_SendsANewLink_RefusesVerifiedAccounts_AndIsRateLimited()
    {
        await using var cluster = await StartLifeAsync();
        using var ada = await JoinAsync(cluster, "ada");
        var sent = (await cluster.GetEmailsAsync(ada.Account.Email)).Count;

        (await ada.Client.CallAsync("auth.resendVerification")).AssertSuccess();
        Assert.Equal(sent + 1, (await cluster.GetEmailsAsync(ada.Account.Email)).Count);
        (await ada.Client.CallAsync("auth.resendVerification")).AssertSuccess();
        (await ada.Client.CallAsync("auth.resendVerification")).AssertSuccess();
        (await ada.Client.CallAsync("auth.resendVerification")).AssertError(429, 1500);

        var token = await cluster.GetEmailedTokenAsync(ada.Account.Email, "Verify your email address");
        Assert.True((await ada.Client.CallAsync("auth.verifyEmail", new { token })).AssertSuccess().GetProperty("user").GetProperty("emailVerified").GetBoolean());
        using var bob = await JoinAsync(cluster, "bob");
        (await bob.Client.CallAsync("auth.verifyEmail", new { token = await cluster.GetEmailedTokenAsync(bob.Account.Email, "Verify") })).AssertSuccess();
        (await bob.Client.CallAsync("auth.resendVerification")).AssertError(400, 1400);
    }

    [Fact]
    public async Task RequireVerifiedEmail_KeepsUnverifiedAccountsFromPostingCommentingReactingAndFollowing()
    {
        await using var cluster = await StartLifeAsync(o => o.Configuration["Vrss:Auth:RequireVerifiedEmail"] = "true");
        using var ada = await JoinAsync(cluster, "ada");
        using var bob = await JoinAsync(cluster, "bob");
        await VerifyAsync(cluster, bob);
        var bobPost = await bob.PostAsync("verified people post");

        (await ada.Client.CallAsync("post.create", new { type = "text_short", content = "hi", visibility = "public" })).AssertError(403, 1103);
        (await ada.Client.CallAsync("post.comment", new { postId = bobPost.Id(), content = "hi" })).AssertError(403, 1103);
        (await ada.Client.CallAsync("post.react", new { postId = bobPost.Id(), reaction = "like" })).AssertError(403, 1103);
        (await ada.Client.CallAsync("social.follow", new { username = bob.Username })).AssertError(403, 1103);
        // Reading stays open.
        (await ada.Client.CallAsync("post.getById", new { postId = bobPost.Id() })).AssertSuccess();

        await VerifyAsync(cluster, ada);
        await ada.PostAsync("now I may");
        (await ada.Client.CallAsync("post.comment", new { postId = bobPost.Id(), content = "hi" })).AssertSuccess();
        (await ada.Client.CallAsync("post.react", new { postId = bobPost.Id(), reaction = "like" })).AssertSuccess();
        await ada.FollowAsync(bob);
    }

    [Fact]
    public async Task ExportData_BuildsAnArchiveOfTheMembersDataAndMedia_OnlyTheMemberCanDownload()
    {
        await using var cluster = await StartLifeAsync();
        using var ada = await JoinAsync(cluster, "ada");
        using var bob = await JoinAsync(cluster, "bob");
        var png = Png(900);
        var image = await UploadPngAsync(ada.Client, png);
        await ada.PostAsync("first words");
        var bobPost = await bob.PostAsync("bob's");
        (await ada.Client.CallAsync("post.comment", new { postId = bobPost.Id(), content = "a comment of mine" })).AssertSuccess();
        (await ada.Client.CallAsync("post.react", new { postId = bobPost.Id(), reaction = "laugh" })).AssertSuccess();
        await bob.FollowAsync(ada);

        var started = (await ada.Client.CallAsync("user.exportData")).AssertSuccess().GetProperty("export");
        var exportId = started.Id();
        JsonElement export = default;
        await Poll.UntilAsync(
            async () =>
            {
                export = (await ada.Client.CallAsync("user.getExport", new { exportId })).AssertSuccess().GetProperty("export");
                return export.GetProperty("status").GetString() != "pending";
            },
            "the export to be built");
        Assert.Equal("ready", export.GetProperty("status").GetString());
        (await bob.Client.CallAsync("user.getExport", new { exportId })).AssertError(404, 1301);

        var url = new Uri(ada.Client.BaseAddress, export.GetProperty("downloadUrl").GetString());
        using (var stranger = await bob.Client.Http.GetAsync(url))
        {
            Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        }

        using var anonymous = Client(cluster);
        using (var nobody = await anonymous.Http.GetAsync(url))
        {
            Assert.Equal(HttpStatusCode.NotFound, nobody.StatusCode);
        }

        using var download = await ada.Client.Http.GetAsync(url);
        download.EnsureSuccessStatusCode();
        var bytes = await download.Content.ReadAsByteArrayAsync();
        Assert.Equal(export.GetProperty("size").GetInt64(), bytes.Length);
        using var zip = new ZipArchive(new MemoryStream(bytes));
        string Text(string name)
        {
            using var reader = new StreamReader(zip.GetEntry(name)!.Open());
            return reader.ReadToEnd();
        }

        Assert.Contains(ada.Account.Email, Text("account.json"), StringComparison.Ordinal);
        Assert.Contains("first words", Text("posts.json"), StringComparison.Ordinal);
        Assert.Contains("a comment of mine", Text("comments.json"), StringComparison.Ordinal);
        Assert.Contains("laugh", Text("reactions.json"), StringComparison.Ordinal);
        Assert.Contains(bob.Id, Text("follows.json"), StringComparison.Ordinal);
        Assert.Contains(bob.Id, Text("notifications.json"), StringComparison.Ordinal);
        Assert.NotNull(zip.GetEntry("connections.json"));
        var media = Assert.Single(zip.Entries, e => e.FullName.StartsWith($"media/{image.Id()}/", StringComparison.Ordinal));
        using var mediaBytes = new MemoryStream();
        using (var entry = media.Open())
        {
            await entry.CopyToAsync(mediaBytes);
        }

        Assert.Equal(png, mediaBytes.ToArray());
    }

    /// <summary>Starts the product with Local media under a folder of this test.</summary>
    protected Task<TestCluster> StartLifeAsync(Action<TestClusterOptions>? configure = null) =>
        StartSocialAsync(o =>
        {
            o.Configuration["Vrss:Media:Provider"] = "Local";
            o.Configuration["Vrss:Media:Local:DataPath"] = _mediaFolder;
            o.Configuration["Vrss:Media:Local:SigningKey"] = Convert.ToBase64String(new byte[32]);
            configure?.Invoke(o);
        });

    private static async Task VerifyAsync(TestCluster cluster, Member member)
    {
        var token = await cluster.GetEmailedTokenAsync(member.Account.Email, "Verify your email address");
        (await member.Client.CallAsync("auth.verifyEmail", new { token })).AssertSuccess();
    }

    private static async Task<JsonElement> UploadPngAsync(RpcClient client, byte[]? bytes = null)
    {
        bytes ??= Png(700);
        var data = (await client.CallAsync("media.initiateUpload", new { filename = "picture.png", contentType = "image/png", size = bytes.Length })).AssertSuccess();
        var mediaId = data.GetProperty("mediaId").GetString()!;
        var url = new Uri(client.BaseAddress, data.GetProperty("uploadUrl").GetString());
        using (var content = new ByteArrayContent(bytes))
        {
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/png");
            using var put = await client.Http.PutAsync(url, content);
            put.EnsureSuccessStatusCode();
        }

        return (await client.CallAsync("media.completeUpload", new { uploadId = mediaId, mediaId })).AssertSuccess().GetProperty("media");
    }

    private static byte[] Png(int size)
    {
        var bytes = new byte[size];
        Random.Shared.NextBytes(bytes);
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(bytes, 0);
        return bytes;
    }
}
