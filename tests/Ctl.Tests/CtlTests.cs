using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Vrss.GrainInterfaces.Feeds;
using Vrss.Grains.Email;
using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.Ctl.Tests;

/// <summary>
/// vrssctl against a running silo (issue 15, item 5): its commands run in-process with an operator's environment and
/// talk to the silo's Kestrel over HTTP with an admin's session token; every assertion is on what changed in the cluster.
/// </summary>
public abstract class CtlTests : ProductTests, IDisposable
{
    private readonly string _media = Path.Combine(Path.GetTempPath(), "vrssctl-media-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Cluster_ListsTheSilos_OnlyForAnAdmin_WithTheApisErrorCode()
    {
        await using var cluster = await StartAsync(Configure);
        using var adminClient = Client(cluster);
        var (_, token) = await Admins.CreateAsync(cluster, adminClient);
        using var memberClient = Client(cluster);
        var member = await memberClient.RegisterAsync();

        using var admin = new Operator(cluster.Silos[0].HttpAddress, token);
        var data = (await admin.RunAsync("cluster", "--json")).Json();
        var silo = Assert.Single(data.GetProperty("silos").EnumerateArray());
        Assert.Equal("active", silo.GetProperty("status").GetString());
        Assert.True(silo.GetProperty("activations").GetInt32() > 0);
        Assert.Contains(data.GetProperty("grainTypes").EnumerateArray(), t => t.GetProperty("grainType").GetString()!.Contains("UserGrain", StringComparison.Ordinal));
        var table = await admin.RunAsync("cluster");
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("active", table.Out, StringComparison.Ordinal);

        using var someone = new Operator(cluster.Silos[0].HttpAddress, member.Token);
        var refused = await someone.RunAsync("cluster");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("error 1101", refused.Error, StringComparison.Ordinal);
        var refusedJson = await someone.RunAsync("media", "usage", "--json");
        Assert.Equal(1, refusedJson.ExitCode);
        Assert.Equal(1101, JsonDocument.Parse(refusedJson.Out).RootElement.GetProperty("error").GetProperty("code").GetInt32());

        using var nobody = new Operator(cluster.Silos[0].HttpAddress, null);
        var unconfigured = await nobody.RunAsync("cluster");
        Assert.Equal(2, unconfigured.ExitCode);
        Assert.Contains("VRSS_TOKEN", unconfigured.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_KeepsTheTokenInAFileOnlyItsOwnerReads_AndLaterCommandsUseIt()
    {
        await using var cluster = await StartAsync(Configure);
        using var adminClient = Client(cluster);
        var (username, _) = await Admins.CreateAsync(cluster, adminClient);

        using var shell = new Operator(cluster.Silos[0].HttpAddress, null);
        var login = await shell.RunWithInputAsync(TestAccounts.DefaultPassword + "\n", "login", "--user", username, "--password-stdin");
        Assert.True(login.ExitCode == 0, login.Error);
        var file = Path.Combine(shell.ConfigDirectory, "credentials.json");
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        shell.Set("VRSS_URL", null);
        Assert.Single((await shell.RunAsync("cluster", "--json")).Json().GetProperty("silos").EnumerateArray());

        Assert.Equal(0, (await shell.RunAsync("logout")).ExitCode);
        Assert.False(File.Exists(file));
        var wrong = await shell.RunWithInputAsync("wrong-password\n", "login", "--user", username, "--password-stdin", "--url", cluster.Silos[0].HttpAddress.ToString());
        Assert.Equal(1, wrong.ExitCode);
        Assert.Contains("error 1001", wrong.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FeedsRebuild_RestoresAFeedThatMissedAPost()
    {
        await using var cluster = await StartAsync(Configure);
        using var adminClient = Client(cluster);
        var (_, token) = await Admins.CreateAsync(cluster, adminClient);
        using var aliceClient = Client(cluster);
        var alice = await aliceClient.RegisterAsync();
        using var bobClient = Client(cluster);
        var bob = await bobClient.RegisterAsync();
        (await aliceClient.CallAsync("social.follow", new { username = bob.Username })).AssertSuccess();
        var postId = (await bobClient.CallAsync("post.create", new { type = "text_short", content = "hello", visibility = "public" }))
            .AssertSuccess().GetProperty("post").GetProperty("id").GetString()!;
        Assert.Contains(postId, await FeedAsync(aliceClient));

        // The feed loses the post as it would if a one-way delivery had been dropped.
        await cluster.GrainFactory.GetGrain<IFeedGrain>(alice.Id).RemovePostAsync(postId);
        await Poll.UntilAsync(async () => !(await FeedAsync(aliceClient)).Contains(postId), "the feed to lose the post");

        using var admin = new Operator(cluster.Silos[0].HttpAddress, token);
        var rebuilt = await admin.RunAsync("feeds", "rebuild", alice.Username);
        Assert.True(rebuilt.ExitCode == 0, rebuilt.Error);
        Assert.Contains(postId, await FeedAsync(aliceClient));

        await cluster.GrainFactory.GetGrain<IFeedGrain>(alice.Id).RemovePostAsync(postId);
        await Poll.UntilAsync(async () => !(await FeedAsync(aliceClient)).Contains(postId), "the feed to lose the post");
        Assert.True((await admin.RunAsync("feeds", "rebuild", "--all", "--json")).Json().GetProperty("rebuilt").GetInt32() >= 1);
        Assert.Contains(postId, await FeedAsync(aliceClient));

        var unknown = await admin.RunAsync("feeds", "rebuild", "nobody_here");
        Assert.Equal(1, unknown.ExitCode);
        Assert.Equal(2, (await admin.RunAsync("feeds", "rebuild")).ExitCode);
    }

    [Fact]
    public async Task MediaOrphans_DryRunListsAndKeeps_RemoveDeletes_PostedMediaStays()
    {
        await using var cluster = await StartAsync(o =>
        {
            Configure(o);
            o.Configuration["Vrss:Media:Provider"] = "Local";
            o.Configuration["Vrss:Media:Local:DataPath"] = _media;
            o.Configuration["Vrss:Media:Local:SigningKey"] = Convert.ToBase64String(new byte[32]);
        });
        using var adminClient = Client(cluster);
        var (_, token) = await Admins.CreateAsync(cluster, adminClient);
        using var owner = Client(cluster);
        await owner.RegisterAsync();
        var posted = await owner.UploadPngAsync(600);
        var orphan = await owner.UploadPngAsync(700);
        (await owner.CallAsync("post.create", new { type = "image", content = "kept", mediaIds = new[] { posted }, visibility = "public" })).AssertSuccess();
        Assert.Equal(1300, await UsedAsync(owner));

        using var admin = new Operator(cluster.Silos[0].HttpAddress, token);
        var usage = (await admin.RunAsync("media", "usage", "--json")).Json();
        Assert.Equal(2, usage.GetProperty("completed").GetProperty("files").GetInt64());
        Assert.Equal(1300, usage.GetProperty("completed").GetProperty("bytes").GetInt64());

        // The default grace (24 hours) protects uploads a post may still be on its way to.
        Assert.Empty((await admin.RunAsync("media", "orphans", "--json")).Json().GetProperty("items").EnumerateArray());
        var listed = (await admin.RunAsync("media", "orphans", "--older-than-hours", "0", "--json")).Json();
        Assert.Equal(orphan, Assert.Single(listed.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());

        var dry = (await admin.RunAsync("media", "orphans", "--older-than-hours", "0", "--remove", "--dry-run", "--json")).Json();
        Assert.True(dry.GetProperty("dryRun").GetBoolean());
        Assert.Equal(orphan, Assert.Single(dry.GetProperty("orphans").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(1300, await UsedAsync(owner));
        Assert.Single((await admin.RunAsync("media", "orphans", "--older-than-hours", "0", "--json")).Json().GetProperty("items").EnumerateArray());

        var removed = await admin.RunAsync("media", "orphans", "--older-than-hours", "0", "--remove");
        Assert.True(removed.ExitCode == 0, removed.Error);
        Assert.Contains(orphan, removed.Out, StringComparison.Ordinal);
        Assert.Equal(600, await UsedAsync(owner));
        Assert.Empty((await admin.RunAsync("media", "orphans", "--older-than-hours", "0", "--json")).Json().GetProperty("items").EnumerateArray());
        Assert.Equal(1, (await admin.RunAsync("media", "usage", "--json")).Json().GetProperty("completed").GetProperty("files").GetInt64());
        Assert.Equal(404, (await owner.CallAsync("media.delete", new { mediaId = orphan })).StatusCode);
    }

    [Fact]
    public async Task Emails_StatusShowsFailedMail_RetryMakesItDueAgain()
    {
        await using var cluster = await StartAsync(Configure);
        using var adminClient = Client(cluster);
        var (_, token) = await Admins.CreateAsync(cluster, adminClient);
        var outbox = cluster.ServiceProvider.GetRequiredService<IEmailOutboxRepository>();
        var id = "ctl-" + Guid.NewGuid().ToString("N");
        await outbox.AddAsync(new OutboxMessage(id, "someone@example.com", "Verify your address", "token=x", DateTimeOffset.UtcNow));
        // The state a relay leaves a message in after its last attempt failed.
        await outbox.RecordFailureAsync(id, null, "550 mailbox unavailable");

        using var admin = new Operator(cluster.Silos[0].HttpAddress, token);
        var failed = (await admin.RunAsync("emails", "status", "--failed", "--json")).Json().GetProperty("items");
        var entry = Assert.Single(failed.EnumerateArray());
        Assert.Equal(id, entry.GetProperty("id").GetString());
        Assert.Equal("550 mailbox unavailable", entry.GetProperty("lastError").GetString());
        Assert.False(entry.TryGetProperty("body", out _));
        Assert.DoesNotContain(id, (await admin.RunAsync("emails", "status", "--queued", "--json")).Out, StringComparison.Ordinal);

        Assert.Equal(1, (await admin.RunAsync("emails", "retry", "--all-failed", "--json")).Json().GetProperty("retried").GetInt32());
        var message = Assert.Single(await outbox.ListForRecipientAsync("someone@example.com"));
        Assert.NotNull(message.NextAttemptAt);
        Assert.Equal(0, message.Attempts);
        Assert.Empty((await admin.RunAsync("emails", "status", "--failed", "--json")).Json().GetProperty("items").EnumerateArray());
        Assert.Equal(0, (await admin.RunAsync("emails", "retry", id, "--json")).Json().GetProperty("retried").GetInt32());
        Assert.Equal(2, (await admin.RunAsync("emails", "retry")).ExitCode);
    }

    [Fact]
    public async Task Accounts_ListShowAndEveryAction_ChangeTheAccount()
    {
        await using var cluster = await StartAsync(Configure);
        using var adminClient = Client(cluster);
        var (_, token) = await Admins.CreateAsync(cluster, adminClient);
        using var memberClient = Client(cluster);
        var member = await memberClient.RegisterAsync(TestAccounts.UniqueUsername("acct"));
        using var admin = new Operator(cluster.Silos[0].HttpAddress, token);

        var listed = (await admin.RunAsync("accounts", "list", "--query", member.Username, "--json")).Json().GetProperty("items");
        Assert.Equal(member.Id, Assert.Single(listed.EnumerateArray()).GetProperty("id").GetString());
        var table = await admin.RunAsync("accounts", "list", "--query", member.Username);
        Assert.Contains(member.Id, table.Out, StringComparison.Ordinal);
        Assert.Equal(2, (await admin.RunAsync("accounts", "list", "--status", "gone")).ExitCode);
        Assert.Equal(member.Email, (await admin.RunAsync("accounts", "show", member.Username, "--json")).Json().GetProperty("email").GetString());
        Assert.Equal(member.Id, (await admin.RunAsync("accounts", "show", member.Id, "--json")).Json().GetProperty("id").GetString());

        Assert.Equal("moderator", (await admin.RunAsync("accounts", "role", member.Username, "moderator", "--json")).Json().GetProperty("role").GetString());
        Assert.Equal("paid", (await admin.RunAsync("accounts", "storage-tier", member.Username, "paid", "--reason", "subscribed", "--json")).Json().GetProperty("storageTier").GetString());
        Assert.Equal(2, (await admin.RunAsync("accounts", "suspend", member.Username)).ExitCode);
        Assert.Equal("suspended", (await admin.RunAsync("accounts", "suspend", member.Username, "--reason", "abuse", "--json")).Json().GetProperty("status").GetString());
        (await memberClient.CallAsync("auth.getSession")).AssertError(401, 1000);
        Assert.Equal("active", (await admin.RunAsync("accounts", "unsuspend", member.Username, "--reason", "appeal", "--json")).Json().GetProperty("status").GetString());
        Assert.False((await admin.RunAsync("accounts", "reset-2fa", member.Username, "--reason", "lost phone", "--json")).Json().GetProperty("totpEnabled").GetBoolean());

        await memberClient.LoginAsync(member.Username, TestAccounts.DefaultPassword);
        Assert.Equal(0, (await admin.RunAsync("accounts", "force-password-reset", member.Username, "--reason", "leaked")).ExitCode);
        (await memberClient.CallAsync("auth.getSession")).AssertError(401, 1000);
        (await memberClient.CallAsync("auth.login", new { login = member.Username, password = TestAccounts.DefaultPassword })).AssertError(401, 1001);

        var deleted = await admin.RunAsync("accounts", "delete", member.Username, "--reason", "spam network");
        Assert.True(deleted.ExitCode == 0, deleted.Error);
        Assert.Contains(member.Id, deleted.Out, StringComparison.Ordinal);
        var gone = await admin.RunAsync("accounts", "show", member.Id);
        Assert.True(gone.ExitCode == 1, $"exit {gone.ExitCode}: {gone.Error}");
        Assert.Contains("error 1302", gone.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_AMembersReport_IsListedAssignedAndResolvedByRemovingThePost()
    {
        await using var cluster = await StartAsync(Configure);
        using var adminClient = Client(cluster);
        var (adminName, token) = await Admins.CreateAsync(cluster, adminClient);
        using var authorClient = Client(cluster);
        await authorClient.RegisterAsync();
        using var reporterClient = Client(cluster);
        await reporterClient.RegisterAsync();
        var postId = (await authorClient.CallAsync("post.create", new { type = "text_short", content = "buy cheap pills", visibility = "public" }))
            .AssertSuccess().GetProperty("post").GetProperty("id").GetString()!;
        var reportId = (await reporterClient.CallAsync("moderation.report", new { postId, category = "spam", comment = "obvious spam" }))
            .AssertSuccess().GetProperty("reportId").GetString()!;

        using var admin = new Operator(cluster.Silos[0].HttpAddress, token);
        var open = (await admin.RunAsync("reports", "list", "--status", "open", "--json")).Json().GetProperty("items");
        var listed = Assert.Single(open.EnumerateArray(), r => r.GetProperty("id").GetString() == reportId);
        Assert.Equal(postId, listed.GetProperty("target").GetProperty("id").GetString());
        Assert.Contains(reportId, (await admin.RunAsync("reports", "list")).Out, StringComparison.Ordinal);

        var assigned = (await admin.RunAsync("reports", "assign", reportId, "--json")).Json();
        Assert.Equal(adminName, assigned.GetProperty("assignee").GetProperty("username").GetString());
        Assert.Equal(reportId, Assert.Single((await admin.RunAsync("reports", "list", "--mine", "--json")).Json().GetProperty("items").EnumerateArray()).GetProperty("id").GetString());

        var resolved = await admin.RunAsync("reports", "resolve", reportId, "--action", "remove_content", "--reason", "spam", "--json");
        var report = resolved.Json();
        Assert.Equal("resolved", report.GetProperty("status").GetString());
        Assert.Equal("remove_content", report.GetProperty("resolution").GetProperty("action").GetString());
        (await reporterClient.CallAsync("post.getById", new { postId })).AssertError(404, 1303);
        Assert.Equal("resolved", (await admin.RunAsync("reports", "show", reportId, "--json")).Json().GetProperty("status").GetString());

        var again = await admin.RunAsync("reports", "resolve", reportId, "--action", "none", "--reason", "x");
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("error 1105", again.Error, StringComparison.Ordinal);
        Assert.Equal("open", (await admin.RunAsync("reports", "reopen", reportId, "--json")).Json().GetProperty("status").GetString());
    }

    public void Dispose()
    {
        if (Directory.Exists(_media))
        {
            Directory.Delete(_media, recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    private static void Configure(TestClusterOptions options) => Admins.Configure(options);

    private static async Task<List<string>> FeedAsync(RpcClient client) =>
        [.. (await client.CallAsync("feed.getHome", new { limit = 50 })).AssertSuccess().GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetString()!)];

    private static async Task<long> UsedAsync(RpcClient client) =>
        (await client.CallAsync("media.getStorageUsage")).AssertSuccess().GetProperty("used").GetInt64();
}
