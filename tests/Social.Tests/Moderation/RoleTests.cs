using Vrss.GrainInterfaces.Moderation;
using Vrss.Testing.EndToEnd;

namespace Vrss.Social.Tests.Moderation;

/// <summary>Roles (issue 15, item 1): owners are admins, admins set roles, staff procedures refuse lower roles.</summary>
public abstract class RoleTests : SocialTests
{
    [Fact]
    public async Task AVerifiedOwner_IsAnAdmin_AndEveryoneElseAMember()
    {
        const string OwnerEmail = "boss@example.com";
        await using var cluster = await StartSocialAsync(o => o.Configuration["Vrss:Auth:OwnerEmails"] = OwnerEmail);
        using var client = Client(cluster);
        var username = TestAccounts.UniqueUsername("boss");
        (await client.CallAsync("auth.register", new { username, email = OwnerEmail, password = TestAccounts.DefaultPassword })).AssertSuccess();
        var token = await cluster.GetEmailedTokenAsync(OwnerEmail, "Verify");
        (await client.CallAsync("auth.verifyEmail", new { token })).AssertSuccess();
        await client.LoginAsync(username, TestAccounts.DefaultPassword);

        var user = (await client.CallAsync("auth.getSession")).AssertSuccess().GetProperty("user");
        Assert.Equal("admin", user.GetProperty("role").GetString());

        // The promotion is in the log, as the owner's own action.
        var id = user.GetProperty("id").GetString();
        var log = (await client.CallAsync("admin.getAuditLog", new { actorId = id })).AssertSuccess().GetProperty("items");
        var entry = Assert.Single(log.EnumerateArray());
        Assert.Equal("owner_promoted", entry.GetProperty("action").GetString());
        Assert.Equal(id, entry.GetProperty("actor").GetProperty("id").GetString());
        Assert.Equal("admin", entry.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AListedAdminEmail_MakesAnAdminOnceVerified_AndLeavesRegistrationOpen()
    {
        const string AdminEmail = "first-admin@example.com";
        await using var cluster = await StartSocialAsync(o => o.Configuration["Vrss:Auth:AdminEmails"] = AdminEmail);

        // Registration stays open: a member joins as usual and stays a member.
        using var member = await JoinAsync(cluster, "member");
        Assert.Equal("member", await Staff.RoleAsync(member));

        using var client = Client(cluster);
        var username = TestAccounts.UniqueUsername("first");
        var registered = (await client.CallAsync("auth.register", new { username, email = AdminEmail, password = TestAccounts.DefaultPassword })).AssertSuccess();
        // Unverified, the listed address is not proven yours: no admin yet.
        Assert.Equal("member", registered.GetProperty("user").GetProperty("role").GetString());
        (await client.CallAsync("admin.getAuditLog", new { })).AssertError(403, 1101);

        var token = await cluster.GetEmailedTokenAsync(AdminEmail, "Verify");
        (await client.CallAsync("auth.verifyEmail", new { token })).AssertSuccess();
        await client.LoginAsync(username, TestAccounts.DefaultPassword);
        var user = (await client.CallAsync("auth.getSession")).AssertSuccess().GetProperty("user");
        Assert.Equal("admin", user.GetProperty("role").GetString());
        var log = (await client.CallAsync("admin.getAuditLog", new { actorId = user.GetProperty("id").GetString() })).AssertSuccess().GetProperty("items");
        Assert.Equal("owner_promoted", Assert.Single(log.EnumerateArray()).GetProperty("action").GetString());
    }

    [Fact]
    public async Task StaffProcedures_RefuseLowerRoles_BeforeLookingAtTheInput()
    {
        await using var cluster = await StartSocialAsync();
        using var admin = await JoinAsync(cluster, "admin");
        using var moderator = await JoinAsync(cluster, "mod");
        using var member = await JoinAsync(cluster, "member");
        await Staff.AppointAsync(cluster, admin, AccountRole.Admin);
        await Staff.AppointAsync(cluster, moderator, AccountRole.Moderator);

        Assert.Equal("member", await Staff.RoleAsync(member));
        Assert.Equal("moderator", await Staff.RoleAsync(moderator));
        using var anonymous = Client(cluster);
        (await anonymous.CallAsync("admin.setRole", new { userId = member.Id, role = "admin" })).AssertError(401, 1000);
        (await member.Client.CallAsync("admin.setRole", new { userId = member.Id, role = "admin" })).AssertError(403, 1101);
        // Input that would be refused is not looked at: the role decides first.
        (await member.Client.CallAsync("admin.setRole", new { role = 7 })).AssertError(403, 1101);
        (await moderator.Client.CallAsync("admin.setRole", new { userId = member.Id, role = "moderator" })).AssertError(403, 1101);
        (await moderator.Client.CallAsync("admin.getAuditLog", new { })).AssertError(403, 1101);
        Assert.Equal("member", await Staff.RoleAsync(member));

        (await admin.Client.CallAsync("admin.setRole", new { role = "admin" })).AssertError(400, 1202);
        (await admin.Client.CallAsync("admin.setRole", new { userId = member.Id, role = "owner" })).AssertError(400, 1200);
        (await admin.Client.CallAsync("admin.setRole", new { userId = "nobody-here", role = "moderator" })).AssertError(404, 1302);
    }

    [Fact]
    public async Task AnAdmin_ChangesRoles_AndEachChangeIsAudited()
    {
        await using var cluster = await StartSocialAsync();
        using var admin = await JoinAsync(cluster, "admin");
        using var member = await JoinAsync(cluster, "member");
        await Staff.AppointAsync(cluster, admin, AccountRole.Admin);

        var account = (await admin.Client.CallAsync("admin.setRole", new { userId = member.Id, role = "moderator", reason = "helps out" })).AssertSuccess();
        Assert.Equal("moderator", account.GetProperty("role").GetString());
        Assert.Equal("active", account.GetProperty("status").GetString());
        Assert.Equal(member.Username, account.GetProperty("username").GetString());
        Assert.Equal("moderator", await Staff.RoleAsync(member));

        // Now a moderator, the member passes the moderator gate but not the admin one.
        (await member.Client.CallAsync("admin.getAuditLog", new { })).AssertError(403, 1101);

        (await admin.Client.CallAsync("admin.setRole", new { userId = member.Id, role = "member" })).AssertSuccess();
        Assert.Equal("member", await Staff.RoleAsync(member));

        var log = await Staff.AuditOfAsync(admin, member);
        Assert.Equal(["member", "moderator"], log.Select(e => e.GetProperty("detail").GetString()));
        Assert.All(log, e =>
        {
            Assert.Equal("set_role", e.GetProperty("action").GetString());
            Assert.Equal(admin.Id, e.GetProperty("actor").GetProperty("id").GetString());
            Assert.Equal("user", e.GetProperty("targetKind").GetString());
            Assert.Equal(member.Id, e.GetProperty("targetId").GetString());
            Assert.Equal(member.Username, e.GetProperty("targetUser").GetProperty("username").GetString());
        });
        Assert.Equal("helps out", log[1].GetProperty("reason").GetString());
        Assert.Equal(JsonValueKindNull, log[0].GetProperty("reason").ValueKind);

        // Filtered by actor, the admin's own entries; an admin cannot demote themselves.
        var byAdmin = (await admin.Client.CallAsync("admin.getAuditLog", new { actorId = admin.Id, limit = 1 })).AssertSuccess();
        Assert.Single(byAdmin.GetProperty("items").EnumerateArray());
        var next = byAdmin.GetProperty("nextCursor").GetString();
        var second = (await admin.Client.CallAsync("admin.getAuditLog", new { actorId = admin.Id, limit = 1, cursor = next })).AssertSuccess();
        Assert.NotEqual(
            byAdmin.GetProperty("items")[0].GetProperty("id").GetString(),
            second.GetProperty("items")[0].GetProperty("id").GetString());
        (await admin.Client.CallAsync("admin.setRole", new { userId = admin.Id, role = "member" })).AssertError(400, 1201);
        Assert.Equal("admin", await Staff.RoleAsync(admin));
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;
}
