using System.Text.Json;
using Vrss.GrainInterfaces.Moderation;
using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.Social.Tests.Moderation;

/// <summary>
/// The admin account actions (issue 15, item 4) over HTTP: the account list, forced password reset, two-factor reset,
/// storage tier and deletion. Each is refused to members and moderators (403 / 1101), and each is read back in effect.
/// </summary>
public abstract class AdminAccountTests : SocialTests, IDisposable
{
    private readonly string _media = Path.Combine(Path.GetTempPath(), "vrss-tier-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task EveryAdminAccountAction_IsRefusedToMembersAndModerators_WhateverTheInput()
    {
        await using var cluster = await StartSocialAsync();
        using var member = await JoinAsync(cluster, "member");
        using var moderator = await JoinAsync(cluster, "mod");
        using var target = await JoinAsync(cluster, "target");
        await Staff.AppointAsync(cluster, moderator, AccountRole.Moderator);
        var calls = new (string Procedure, object Input)[]
        {
            ("admin.listAccounts", new { }),
            ("admin.forcePasswordReset", new { userId = target.Id, reason = "x" }),
            ("admin.resetTwoFactor", new { userId = target.Id, reason = "x" }),
            ("admin.setStorageTier", new { userId = target.Id, tier = "paid" }),
            ("admin.deleteAccount", new { userId = target.Id, reason = "x" }),
            ("admin.deleteAccount", new { }),
        };
        foreach (var (procedure, input) in calls)
        {
            (await member.Client.CallAsync(procedure, input)).AssertError(403, 1101);
            (await moderator.Client.CallAsync(procedure, input)).AssertError(403, 1101);
        }

        // Nothing happened to the target.
        (await target.Client.CallAsync("auth.getSession")).AssertSuccess();
    }

    [Fact]
    public async Task ListAccounts_PagesNewestFirst_AndFiltersByQueryRoleAndStatus()
    {
        await using var cluster = await StartSocialAsync();
        using var admin = await JoinAsync(cluster, "admin");
        await Staff.AppointAsync(cluster, admin, AccountRole.Admin);
        var tag = "l" + Guid.NewGuid().ToString("N")[..6];
        using var first = await JoinAsync(cluster, tag + "a");
        using var second = await JoinAsync(cluster, tag + "b");
        using var third = await JoinAsync(cluster, tag + "c");
        await Staff.AppointAsync(cluster, second, AccountRole.Moderator);
        (await admin.Client.CallAsync("admin.suspendUser", new { userId = third.Id, reason = "abuse" })).AssertSuccess();

        var all = new List<JsonElement>();
        string? cursor = null;
        do
        {
            var page = (await admin.Client.CallAsync("admin.listAccounts", new { query = tag, limit = 2, cursor })).AssertSuccess();
            all.AddRange(page.GetProperty("items").EnumerateArray());
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);
        Assert.Equal([third.Id, second.Id, first.Id], all.Select(a => a.GetProperty("id").GetString()));
        var suspended = all[0];
        Assert.Equal("suspended", suspended.GetProperty("status").GetString());
        Assert.Equal(third.Account.Email, suspended.GetProperty("email").GetString());
        Assert.Equal("free", suspended.GetProperty("storageTier").GetString());
        Assert.Equal("moderator", all[1].GetProperty("role").GetString());

        Assert.Equal([second.Id], (await admin.Client.CallAsync("admin.listAccounts", new { query = tag, role = "moderator" })).ItemIds());
        Assert.Equal([third.Id], (await admin.Client.CallAsync("admin.listAccounts", new { query = tag, status = "suspended" })).ItemIds());
        Assert.Equal([second.Id, first.Id], (await admin.Client.CallAsync("admin.listAccounts", new { query = tag, status = "active" })).ItemIds());
        Assert.Contains(admin.Id, (await admin.Client.CallAsync("admin.listAccounts", new { role = "admin" })).ItemIds());
        (await admin.Client.CallAsync("admin.listAccounts", new { status = "gone" })).AssertError(400, 1200);
        (await admin.Client.CallAsync("admin.listAccounts", new { limit = 101 })).AssertError(400, 1201);
        (await admin.Client.CallAsync("admin.listAccounts", new { cursor = "not-a-cursor" })).AssertError(400, 1203);
    }

    [Fact]
    public async Task ForcePasswordReset_EndsEverySession_AndSignInWaitsForTheResetLink()
    {
        await using var cluster = await StartSocialAsync();
        using var admin = await JoinAsync(cluster, "admin");
        using var member = await JoinAsync(cluster, "member");
        await Staff.AppointAsync(cluster, admin, AccountRole.Admin);
        using var otherDevice = Client(cluster);
        await otherDevice.LoginAsync(member.Username, member.Account.Password);

        (await admin.Client.CallAsync("admin.forcePasswordReset", new { userId = member.Id })).AssertError(400, 1202);
        (await admin.Client.CallAsync("admin.forcePasswordReset", new { userId = admin.Id, reason = "x" })).AssertError(400, 1201);
        (await admin.Client.CallAsync("admin.forcePasswordReset", new { userId = "nobody", reason = "x" })).AssertError(404, 1302);
        var account = (await admin.Client.CallAsync("admin.forcePasswordReset", new { userId = member.Id, reason = "credentials leaked" })).AssertSuccess();
        Assert.Equal(member.Id, account.GetProperty("id").GetString());

        (await member.Client.CallAsync("auth.getSession")).AssertError(401, 1000);
        (await otherDevice.CallAsync("auth.getSession")).AssertError(401, 1000);
        using var again = Client(cluster);
        (await again.CallAsync("auth.login", new { login = member.Username, password = member.Account.Password })).AssertError(401, 1001);

        var token = await cluster.GetEmailedTokenAsync(member.Account.Email, "Reset");
        const string NewPassword = "Brand-New-Horse-77";
        (await again.CallAsync("auth.resetPassword", new { token, newPassword = NewPassword })).AssertSuccess();
        await again.LoginAsync(member.Username, NewPassword);
        (await again.CallAsync("auth.getSession")).AssertSuccess();

        var entry = (await Staff.AuditOfAsync(admin, member)).First();
        Assert.Equal("force_password_reset", entry.GetProperty("action").GetString());
        Assert.Equal("credentials leaked", entry.GetProperty("reason").GetString());
        Assert.Equal(admin.Id, entry.GetProperty("actor").GetProperty("id").GetString());
    }

    [Fact]
    public async Task ResetTwoFactor_LetsTheMemberSignInWithThePasswordAlone()
    {
        await using var cluster = await StartSocialAsync();
        using var admin = await JoinAsync(cluster, "admin");
        using var member = await JoinAsync(cluster, "member");
        await Staff.AppointAsync(cluster, admin, AccountRole.Admin);
        var secret = (await member.Client.CallAsync("auth.enableTotp", new { password = member.Account.Password })).AssertSuccess().GetProperty("secret").GetString()!;
        (await member.Client.CallAsync("auth.confirmTotp", new { code = TotpCodes.At(secret, DateTimeOffset.UtcNow) })).AssertSuccess();
        using var device = Client(cluster);
        (await device.CallAsync("auth.login", new { login = member.Username, password = member.Account.Password })).AssertError(401, 1003);

        var account = (await admin.Client.CallAsync("admin.resetTwoFactor", new { userId = member.Id, reason = "lost phone" })).AssertSuccess();
        Assert.False(account.GetProperty("totpEnabled").GetBoolean());

        await device.LoginAsync(member.Username, member.Account.Password);
        Assert.False((await device.CallAsync("auth.getSession")).AssertSuccess().GetProperty("user").GetProperty("totpEnabled").GetBoolean());
        Assert.Equal("reset_two_factor", (await Staff.AuditOfAsync(admin, member)).First().GetProperty("action").GetString());
    }

    [Fact]
    public async Task SetStorageTier_Paid_LetsAnUploadAboveTheFreeQuotaThrough()
    {
        await using var cluster = await StartWithTiersAsync();
        using var admin = await JoinAsync(cluster, "admin");
        using var member = await JoinAsync(cluster, "member");
        await Staff.AppointAsync(cluster, admin, AccountRole.Admin);
        (await member.Client.CallAsync("media.initiateUpload", new { filename = "a.png", contentType = "image/png", size = 1500 })).AssertError(413, 1602);

        (await admin.Client.CallAsync("admin.setStorageTier", new { userId = member.Id, tier = "gold" })).AssertError(400, 1200);
        var account = (await admin.Client.CallAsync("admin.setStorageTier", new { userId = member.Id, tier = "paid", reason = "subscribed" })).AssertSuccess();
        Assert.Equal("paid", account.GetProperty("storageTier").GetString());
        Assert.Equal(5000, (await member.Client.CallAsync("media.getStorageUsage")).AssertSuccess().GetProperty("limit").GetInt64());

        await member.Client.UploadPngAsync(1500);
        await member.Client.UploadPngAsync(3000);
        (await member.Client.CallAsync("media.initiateUpload", new { filename = "a.png", contentType = "image/png", size = 600 })).AssertError(413, 1600);
        Assert.Equal(4500, (await member.Client.CallAsync("media.getStorageUsage")).AssertSuccess().GetProperty("used").GetInt64());

        // Back on the free tier, nothing more fits (what was stored stays).
        (await admin.Client.CallAsync("admin.setStorageTier", new { userId = member.Id, tier = "free" })).AssertSuccess();
        (await member.Client.CallAsync("media.initiateUpload", new { filename = "a.png", contentType = "image/png", size = 10 })).AssertError(413, 1600);
        var log = await Staff.AuditOfAsync(admin, member);
        Assert.Equal(["free", "paid"], log.Take(2).Select(e => e.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task SetStorageTier_AppliesToTheNextReservation_OfAStorageGrainAlreadyInUse()
    {
        await using var cluster = await StartWithTiersAsync();
        using var admin = await JoinAsync(cluster, "admin");
        using var member = await JoinAsync(cluster, "member");
        await Staff.AppointAsync(cluster, admin, AccountRole.Admin);

        // The member's storage grain is active and has counted against the free tier.
        await member.Client.UploadPngAsync(600);
        (await member.Client.CallAsync("media.initiateUpload", new { filename = "a.png", contentType = "image/png", size = 600 })).AssertError(413, 1600);

        (await admin.Client.CallAsync("admin.setStorageTier", new { userId = member.Id, tier = "paid", reason = "subscribed" })).AssertSuccess();
        Assert.Equal(5000, (await member.Client.CallAsync("media.getStorageUsage")).AssertSuccess().GetProperty("limit").GetInt64());
        await member.Client.UploadPngAsync(600);
        Assert.Equal(1200, (await member.Client.CallAsync("media.getStorageUsage")).AssertSuccess().GetProperty("used").GetInt64());
    }

    [Fact]
    public async Task DeleteAccount_PurgesNow_AndTheAuditLogKeepsTheEntry()
    {
        await using var cluster = await StartSocialAsync();
        using var admin = await JoinAsync(cluster, "admin");
        using var member = await JoinAsync(cluster, "gone");
        using var follower = await JoinAsync(cluster, "fan");
        await Staff.AppointAsync(cluster, admin, AccountRole.Admin);
        await follower.FollowAsync(member);
        var post = (await member.PostAsync("soon gone")).Id();

        (await admin.Client.CallAsync("admin.deleteAccount", new { userId = admin.Id, reason = "x" })).AssertError(400, 1201);
        (await admin.Client.CallAsync("admin.deleteAccount", new { userId = member.Id })).AssertError(400, 1202);
        (await admin.Client.CallAsync("admin.deleteAccount", new { userId = member.Id, reason = "spam network" })).AssertSuccess();

        (await member.Client.CallAsync("auth.getSession")).AssertError(401, 1000);
        (await follower.Client.CallAsync("user.getProfile", new { username = member.Username })).AssertError(404, 1302);
        (await follower.Client.CallAsync("post.getById", new { postId = post })).AssertError(404, 1303);
        (await admin.Client.CallAsync("admin.getAccount", new { userId = member.Id })).AssertError(404, 1302);
        using var again = Client(cluster);
        (await again.CallAsync("auth.login", new { login = member.Username, password = member.Account.Password })).AssertError(401, 1001);
        (await admin.Client.CallAsync("admin.deleteAccount", new { userId = member.Id, reason = "again" })).AssertError(404, 1302);

        var entry = Assert.Single(await Staff.AuditOfAsync(admin, member));
        Assert.Equal("delete_account", entry.GetProperty("action").GetString());
        Assert.Equal("spam network", entry.GetProperty("reason").GetString());
    }

    public void Dispose()
    {
        if (Directory.Exists(_media))
        {
            Directory.Delete(_media, recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    // Local media with small numbers: files up to 1,000 bytes, a free quota of 1,000 and a paid one of 5,000.
    private Task<TestCluster> StartWithTiersAsync() =>
        StartSocialAsync(o =>
        {
            o.Configuration["Vrss:Media:Provider"] = "Local";
            o.Configuration["Vrss:Media:Local:DataPath"] = _media;
            o.Configuration["Vrss:Media:Local:SigningKey"] = Convert.ToBase64String(new byte[32]);
            o.Configuration["Vrss:Media:MaxFileBytes"] = "1000";
            o.Configuration["Vrss:Media:DefaultQuotaBytes"] = "1000";
            o.Configuration["Vrss:Media:PaidQuotaBytes"] = "5000";
        });
}
