using System.Text.Json;
using Vrss.GrainInterfaces.Moderation;
using Vrss.Social.Tests.Moderation;
using Vrss.Testing.EndToEnd;

namespace Vrss.Social.Tests.Reports;

/// <summary>
/// Reports and content removal (issue 15, items 3 and 4) over HTTP: a member reports, staff work the queue, and what
/// a resolution does is read back on the read paths it touches.
/// </summary>
public abstract class ReportTests : SocialTests
{
    private static readonly string[] s_staffProcedures =
        ["admin.listReports", "admin.getReport", "admin.assignReport", "admin.resolveReport", "admin.reopenReport", "admin.removePost", "admin.removeComment"];

    [Fact]
    public async Task Members_AreRefusedEveryStaffProcedure_WhateverTheInput()
    {
        await using var cluster = await StartSocialAsync();
        using var member = await JoinAsync(cluster, "member");
        using var author = await JoinAsync(cluster, "author");
        var post = (await author.PostAsync("hello")).Id();

        foreach (var procedure in s_staffProcedures)
        {
            (await member.Client.CallAsync(procedure, new { reportId = "r1", postId = post, commentId = "c1", reason = "x", action = "none" })).AssertError(403, 1101);
            (await member.Client.CallAsync(procedure, new { limit = "garbage" })).AssertError(403, 1101);
        }

        (await member.Client.CallAsync("admin.removePost", new { postId = post, reason = "x" })).AssertError(403, 1101);
        (await author.Client.CallAsync("post.getById", new { postId = post })).AssertSuccess();
        using var anonymous = Client(cluster);
        (await anonymous.CallAsync("moderation.report", new { postId = post, category = "spam" })).AssertError(401, 1000);
        (await anonymous.CallAsync("admin.listReports")).AssertError(401, 1000);
    }

    [Fact]
    public async Task AReportedPost_IsListedAssignedAndRemoved_TheAuthorHearsWhy_AndThePostIsGoneEverywhere()
    {
        await using var cluster = await StartSocialAsync();
        using var moderator = await JoinAsync(cluster, "mod");
        using var author = await JoinAsync(cluster, "spammer");
        using var follower = await JoinAsync(cluster, "fan");
        using var reporter = await JoinAsync(cluster, "reporter");
        await Staff.AppointAsync(cluster, moderator, AccountRole.Moderator);
        await follower.FollowAsync(author);
        var word = "zq" + Guid.NewGuid().ToString("N")[..10];
        var post = (await author.PostAsync($"buy cheap pills {word}")).Id();
        Assert.Contains(post, await follower.HomeIdsAsync());

        var reportId = (await reporter.Client.CallAsync("moderation.report", new { postId = post, category = "spam", comment = "ads" }))
            .AssertSuccess().GetProperty("reportId").GetString()!;
        // Reporting again while it is open answers the same report.
        Assert.Equal(reportId, (await reporter.Client.CallAsync("moderation.report", new { postId = post, category = "other" }))
            .AssertSuccess().GetProperty("reportId").GetString());

        var open = await ListAsync(moderator, new { status = "open" });
        var listed = Assert.Single(open, r => r.Id() == reportId);
        Assert.Equal(reporter.Id, listed.GetProperty("reporter").GetProperty("id").GetString());
        Assert.Equal(reporter.Username, listed.GetProperty("reporter").GetProperty("username").GetString());
        var target = listed.GetProperty("target");
        Assert.Equal("post", target.GetProperty("kind").GetString());
        Assert.Equal(post, target.GetProperty("id").GetString());
        Assert.Equal(author.Id, target.GetProperty("user").GetProperty("id").GetString());
        Assert.Equal($"buy cheap pills {word}", target.GetProperty("excerpt").GetString());
        Assert.Equal("spam", listed.GetProperty("category").GetString());
        Assert.Equal("ads", listed.GetProperty("comment").GetString());
        Assert.Equal("open", listed.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, listed.GetProperty("assignee").ValueKind);
        Assert.Equal(JsonValueKind.Null, listed.GetProperty("resolution").ValueKind);
        Assert.DoesNotContain(await ListAsync(moderator, new { assignedToMe = true }), r => r.Id() == reportId);

        var assigned = (await moderator.Client.CallAsync("admin.assignReport", new { reportId })).AssertSuccess();
        Assert.Equal(moderator.Id, assigned.GetProperty("assignee").GetProperty("id").GetString());
        Assert.Contains(await ListAsync(moderator, new { assignedToMe = true }), r => r.Id() == reportId);

        var resolved = (await moderator.Client.CallAsync("admin.resolveReport", new { reportId, action = "remove_content", reason = "spam links" })).AssertSuccess();
        Assert.Equal("resolved", resolved.GetProperty("status").GetString());
        var resolution = resolved.GetProperty("resolution");
        Assert.Equal("remove_content", resolution.GetProperty("action").GetString());
        Assert.Equal("spam links", resolution.GetProperty("reason").GetString());
        Assert.Equal(moderator.Id, resolution.GetProperty("by").GetProperty("id").GetString());
        Assert.Equal(resolved.GetRawText(), (await moderator.Client.CallAsync("admin.getReport", new { reportId })).AssertSuccess().GetRawText());

        // The author hears why, and not from whom.
        var notification = Assert.Single(await NotificationsAsync(author), n => n.GetProperty("type").GetString() == "content_removed");
        Assert.Equal("spam links", notification.GetProperty("reason").GetString());
        Assert.Equal(post, notification.GetProperty("postId").GetString());
        Assert.Equal(author.Id, notification.GetProperty("actor").GetProperty("id").GetString());

        // Gone from every read path, for everyone (the author too), and the author's count follows.
        (await follower.Client.CallAsync("post.getById", new { postId = post })).AssertError(404, 1303);
        (await author.Client.CallAsync("post.getById", new { postId = post })).AssertError(404, 1303);
        Assert.DoesNotContain(post, await follower.HomeIdsAsync());
        Assert.DoesNotContain(post, await author.HomeIdsAsync());
        Assert.Empty((await follower.Client.CallAsync("post.getByUser", new { userId = author.Id })).ItemIds());
        Assert.Empty((await reporter.Client.CallAsync("discovery.searchPosts", new { query = word })).ItemIds());
        Assert.DoesNotContain(post, (await reporter.Client.CallAsync("discovery.getDiscoverFeed", new { limit = 100 })).ItemIds());
        Assert.Equal(0, (await reporter.Client.ProfileAsync(author.Username)).Count("postsCount"));

        // Resolved once; a report of what is gone answers as a read would.
        (await moderator.Client.CallAsync("admin.resolveReport", new { reportId, action = "none", reason = "again" })).AssertError(409, 1105);
        (await moderator.Client.CallAsync("admin.assignReport", new { reportId })).AssertError(409, 1105);
        (await moderator.Client.CallAsync("admin.removePost", new { postId = post, reason = "again" })).AssertError(404, 1303);
        (await reporter.Client.CallAsync("moderation.report", new { postId = post, category = "spam" })).AssertError(404, 1303);

        await Staff.AppointAsync(cluster, moderator, AccountRole.Admin);
        var audit = await Staff.AuditOfAsync(moderator, author);
        Assert.Equal(["resolve_report", "remove_post", "assign_report"], audit.Select(e => e.GetProperty("action").GetString()));
        Assert.Equal("remove_content", audit[0].GetProperty("detail").GetString());
        Assert.Equal(reportId, audit[0].GetProperty("targetId").GetString());
        Assert.Equal("spam links", audit[1].GetProperty("reason").GetString());
        Assert.Equal(post, audit[1].GetProperty("targetId").GetString());
    }

    [Fact]
    public async Task ResolvingWithSuspend_SuspendsTheAccount_AndReopening_PutsTheReportBackInTheQueue()
    {
        await using var cluster = await StartSocialAsync();
        using var moderator = await JoinAsync(cluster, "mod");
        using var troll = await JoinAsync(cluster, "troll");
        using var reporter = await JoinAsync(cluster, "reporter");
        await Staff.AppointAsync(cluster, moderator, AccountRole.Moderator);

        var reportId = (await reporter.Client.CallAsync("moderation.report", new { username = troll.Username, category = "harassment" }))
            .AssertSuccess().GetProperty("reportId").GetString()!;
        var report = (await moderator.Client.CallAsync("admin.getReport", new { reportId })).AssertSuccess();
        Assert.Equal("user", report.GetProperty("target").GetProperty("kind").GetString());
        Assert.Equal(troll.Id, report.GetProperty("target").GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, report.GetProperty("target").GetProperty("excerpt").ValueKind);
        Assert.Equal(JsonValueKind.Null, report.GetProperty("comment").ValueKind);

        (await moderator.Client.CallAsync("admin.resolveReport", new { reportId, action = "remove_content", reason = "x" })).AssertError(400, 1201);
        (await moderator.Client.CallAsync("admin.resolveReport", new { reportId, action = "suspend", reason = "threats" })).AssertSuccess();

        (await troll.Client.CallAsync("auth.getSession")).AssertError(401, 1000);
        Assert.Equal("suspended", (await moderator.Client.CallAsync("admin.getAccount", new { userId = troll.Id })).AssertSuccess().GetProperty("status").GetString());
        (await reporter.Client.CallAsync("user.getProfile", new { username = troll.Username })).AssertError(404, 1302);
        Assert.DoesNotContain(await ListAsync(moderator, new { status = "open" }), r => r.Id() == reportId);
        Assert.Contains(await ListAsync(moderator, new { status = "resolved" }), r => r.Id() == reportId);

        var reopened = (await moderator.Client.CallAsync("admin.reopenReport", new { reportId })).AssertSuccess();
        Assert.Equal("open", reopened.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, reopened.GetProperty("resolution").ValueKind);
        Assert.Contains(await ListAsync(moderator, new { status = "open" }), r => r.Id() == reportId);
        (await moderator.Client.CallAsync("admin.reopenReport", new { reportId })).AssertError(409, 1106);

        // Reopening undoes nothing by itself; the suspension stands until lifted.
        Assert.Equal("suspended", (await moderator.Client.CallAsync("admin.getAccount", new { userId = troll.Id })).AssertSuccess().GetProperty("status").GetString());
        var handled = (await moderator.Client.CallAsync("admin.resolveReport", new { reportId, action = "none", reason = "already handled" })).AssertSuccess();
        Assert.Equal("none", handled.GetProperty("resolution").GetProperty("action").GetString());
    }

    [Fact]
    public async Task RemovingAComment_TakesItOffThePost_AndTellsItsAuthorOnWhichPost()
    {
        await using var cluster = await StartSocialAsync();
        using var moderator = await JoinAsync(cluster, "mod");
        using var poster = await JoinAsync(cluster, "poster");
        using var commenter = await JoinAsync(cluster, "rude");
        await Staff.AppointAsync(cluster, moderator, AccountRole.Moderator);
        var post = (await poster.PostAsync("nice day")).Id();
        var comment = (await commenter.Client.CallAsync("post.comment", new { postId = post, content = "you are awful" })).AssertSuccess().GetProperty("comment").Id();
        var kept = (await poster.Client.CallAsync("post.comment", new { postId = post, content = "thanks" })).AssertSuccess().GetProperty("comment").Id();

        var reportId = (await poster.Client.CallAsync("moderation.report", new { commentId = comment, category = "harassment" }))
            .AssertSuccess().GetProperty("reportId").GetString()!;
        var report = (await moderator.Client.CallAsync("admin.getReport", new { reportId })).AssertSuccess();
        Assert.Equal("comment", report.GetProperty("target").GetProperty("kind").GetString());
        Assert.Equal(commenter.Id, report.GetProperty("target").GetProperty("user").GetProperty("id").GetString());
        Assert.Equal("you are awful", report.GetProperty("target").GetProperty("excerpt").GetString());

        (await moderator.Client.CallAsync("admin.resolveReport", new { reportId, action = "remove_content", reason = "insults" })).AssertSuccess();

        Assert.Equal([kept], (await poster.Client.CallAsync("post.getComments", new { postId = post })).ItemIds());
        Assert.Equal(1, (await poster.Client.CallAsync("post.getById", new { postId = post })).AssertSuccess().GetProperty("post").GetProperty("commentCount").GetInt32());
        var notification = Assert.Single(await NotificationsAsync(commenter), n => n.GetProperty("type").GetString() == "content_removed");
        Assert.Equal("insults", notification.GetProperty("reason").GetString());
        Assert.Equal(post, notification.GetProperty("postId").GetString());
        (await moderator.Client.CallAsync("admin.removeComment", new { commentId = comment, reason = "again" })).AssertError(404, 1301);

        // Direct removal, without a report.
        (await moderator.Client.CallAsync("admin.removeComment", new { commentId = kept, reason = "off topic" })).AssertSuccess();
        Assert.Empty((await poster.Client.CallAsync("post.getComments", new { postId = post })).ItemIds());
        (await moderator.Client.CallAsync("admin.removePost", new { postId = post, reason = "   " })).AssertError(400, 1201);
        (await moderator.Client.CallAsync("admin.removePost", new { postId = post, reason = "off topic" })).AssertSuccess();
        (await poster.Client.CallAsync("post.getById", new { postId = post })).AssertError(404, 1303);
        Assert.Equal(2, (await NotificationsAsync(poster)).Count(n => n.GetProperty("type").GetString() == "content_removed"));
    }

    [Fact]
    public async Task TheQueue_FiltersByStatusCategoryAndAssignee_AndPagesNewestFirst()
    {
        await using var cluster = await StartSocialAsync();
        using var moderator = await JoinAsync(cluster, "mod");
        using var admin = await JoinAsync(cluster, "admin");
        using var reporter = await JoinAsync(cluster, "reporter");
        using var author = await JoinAsync(cluster, "author");
        await Staff.AppointAsync(cluster, moderator, AccountRole.Moderator);
        await Staff.AppointAsync(cluster, admin, AccountRole.Admin);
        var ids = new List<string>();
        foreach (var category in new[] { "spam", "illegal", "spam", "other" })
        {
            var post = (await author.PostAsync("post " + category)).Id();
            ids.Add((await reporter.Client.CallAsync("moderation.report", new { postId = post, category })).AssertSuccess().GetProperty("reportId").GetString()!);
        }

        (await admin.Client.CallAsync("admin.assignReport", new { reportId = ids[1], userId = moderator.Id })).AssertSuccess();
        (await moderator.Client.CallAsync("admin.assignReport", new { reportId = ids[2] })).AssertSuccess();
        (await moderator.Client.CallAsync("admin.resolveReport", new { reportId = ids[2], action = "none", reason = "fine" })).AssertSuccess();

        Assert.Equal([ids[3], ids[2], ids[1], ids[0]], Ours(await ListAsync(moderator, new { limit = 1 }), ids));
        Assert.Equal([ids[3], ids[1], ids[0]], Ours(await ListAsync(moderator, new { status = "open" }), ids));
        Assert.Equal([ids[2]], Ours(await ListAsync(admin, new { status = "resolved" }), ids));
        Assert.Equal([ids[2], ids[0]], Ours(await ListAsync(moderator, new { category = "spam" }), ids));
        Assert.Equal([ids[0]], Ours(await ListAsync(moderator, new { category = "spam", status = "open" }), ids));
        Assert.Equal([ids[2], ids[1]], Ours(await ListAsync(moderator, new { assignedToMe = true }), ids));
        Assert.Equal([ids[1]], Ours(await ListAsync(moderator, new { assignedToMe = true, status = "open" }), ids));
        Assert.Empty(await ListAsync(admin, new { assignedToMe = true }));
        Assert.Equal([ids[3], ids[2], ids[1], ids[0]], Ours(await ListAsync(moderator, new { assignedToMe = false }), ids));

        (await moderator.Client.CallAsync("admin.listReports", new { status = "closed" })).AssertError(400, 1200);
        (await moderator.Client.CallAsync("admin.listReports", new { limit = 0 })).AssertError(400, 1201);
        (await moderator.Client.CallAsync("admin.listReports", new { cursor = "not-a-cursor" })).AssertError(400, 1203);
    }

    [Fact]
    public async Task Reporting_RefusesBadInput_Oneself_AndWhatTheReporterCannotSee()
    {
        await using var cluster = await StartSocialAsync();
        using var reporter = await JoinAsync(cluster, "reporter");
        using var other = await JoinAsync(cluster, "other");
        using var blocker = await JoinAsync(cluster, "blocker");
        var own = (await reporter.PostAsync("mine")).Id();
        var ownComment = (await reporter.Client.CallAsync("post.comment", new { postId = own, content = "me" })).AssertSuccess().GetProperty("comment").Id();
        var hidden = (await other.PostAsync("only me", "private")).Id();
        var blockersPost = (await blocker.PostAsync("public but blocked")).Id();
        var blockersComment = (await blocker.Client.CallAsync("post.comment", new { postId = own, content = "hi" })).AssertSuccess().GetProperty("comment").Id();
        (await blocker.Client.CallAsync("social.block", new { userId = reporter.Id })).AssertSuccess();

        (await reporter.Client.CallAsync("moderation.report", new { category = "spam" })).AssertError(400, 1202);
        (await reporter.Client.CallAsync("moderation.report", new { userId = other.Id })).AssertError(400, 1202);
        (await reporter.Client.CallAsync("moderation.report", new { userId = other.Id, postId = own, category = "spam" })).AssertError(400, 1201);
        (await reporter.Client.CallAsync("moderation.report", new { userId = other.Id, category = "rude" })).AssertError(400, 1200);
        (await reporter.Client.CallAsync("moderation.report", new { userId = other.Id, category = "spam", comment = new string('x', 1001) })).AssertError(400, 1201);
        (await reporter.Client.CallAsync("moderation.report", new { userId = "bad id!", category = "spam" })).AssertError(400, 1201);

        (await reporter.Client.CallAsync("moderation.report", new { userId = reporter.Id, category = "spam" })).AssertError(400, 1201);
        (await reporter.Client.CallAsync("moderation.report", new { username = reporter.Username, category = "spam" })).AssertError(400, 1201);
        (await reporter.Client.CallAsync("moderation.report", new { postId = own, category = "spam" })).AssertError(400, 1201);
        (await reporter.Client.CallAsync("moderation.report", new { commentId = ownComment, category = "spam" })).AssertError(400, 1201);

        (await reporter.Client.CallAsync("moderation.report", new { username = "nobody_here_at_all", category = "spam" })).AssertError(404, 1302);
        (await reporter.Client.CallAsync("moderation.report", new { postId = "no-such-post", category = "spam" })).AssertError(404, 1303);
        (await reporter.Client.CallAsync("moderation.report", new { commentId = "no-such-comment", category = "spam" })).AssertError(404, 1301);
        (await reporter.Client.CallAsync("moderation.report", new { postId = hidden, category = "spam" })).AssertError(404, 1303);
        (await reporter.Client.CallAsync("moderation.report", new { userId = blocker.Id, category = "harassment" })).AssertError(404, 1302);
        (await reporter.Client.CallAsync("moderation.report", new { postId = blockersPost, category = "harassment" })).AssertError(404, 1303);
        (await reporter.Client.CallAsync("moderation.report", new { commentId = blockersComment, category = "harassment" })).AssertError(404, 1301);

        // Whom one blocks can still be reported (blocking and reporting go together).
        (await blocker.Client.CallAsync("moderation.report", new { userId = reporter.Id, category = "harassment" })).AssertSuccess();
        (await other.Client.CallAsync("moderation.report", new { commentId = ownComment, category = "other", comment = "" })).AssertSuccess();
    }

    [Fact]
    public async Task StaffActionsOnReports_CheckTheirInput_AndTheRules()
    {
        await using var cluster = await StartSocialAsync();
        using var moderator = await JoinAsync(cluster, "mod");
        using var admin = await JoinAsync(cluster, "admin");
        using var member = await JoinAsync(cluster, "member");
        await Staff.AppointAsync(cluster, moderator, AccountRole.Moderator);
        await Staff.AppointAsync(cluster, admin, AccountRole.Admin);
        var aboutAdmin = (await member.Client.CallAsync("moderation.report", new { userId = admin.Id, category = "other" })).AssertSuccess().GetProperty("reportId").GetString()!;
        var aboutModerator = (await member.Client.CallAsync("moderation.report", new { userId = moderator.Id, category = "other" })).AssertSuccess().GetProperty("reportId").GetString()!;

        (await moderator.Client.CallAsync("admin.getReport", new { reportId = "no-such-report" })).AssertError(404, 1301);
        (await moderator.Client.CallAsync("admin.getReport", new { })).AssertError(400, 1202);
        (await moderator.Client.CallAsync("admin.resolveReport", new { reportId = "no-such-report", action = "none", reason = "x" })).AssertError(404, 1301);
        (await moderator.Client.CallAsync("admin.reopenReport", new { reportId = "no-such-report" })).AssertError(404, 1301);
        (await moderator.Client.CallAsync("admin.assignReport", new { reportId = aboutAdmin, userId = member.Id })).AssertError(400, 1201);
        (await moderator.Client.CallAsync("admin.resolveReport", new { reportId = aboutAdmin, action = "none" })).AssertError(400, 1202);
        (await moderator.Client.CallAsync("admin.resolveReport", new { reportId = aboutAdmin, action = "none", reason = " " })).AssertError(400, 1201);
        (await moderator.Client.CallAsync("admin.resolveReport", new { reportId = aboutAdmin, action = "ban", reason = "x" })).AssertError(400, 1200);
        (await moderator.Client.CallAsync("admin.resolveReport", new { reportId = aboutAdmin, action = "suspend", reason = "coup" })).AssertError(403, 1101);
        (await moderator.Client.CallAsync("admin.resolveReport", new { reportId = aboutModerator, action = "silence", reason = "self" })).AssertError(400, 1201);
        (await moderator.Client.CallAsync("admin.removePost", new { postId = "no-such-post", reason = "x" })).AssertError(404, 1303);
        (await moderator.Client.CallAsync("admin.removeComment", new { commentId = "no-such-comment", reason = "x" })).AssertError(404, 1301);

        // Refused actions changed nothing: both reports are open, and the admin is active.
        Assert.Equal("open", (await moderator.Client.CallAsync("admin.getReport", new { reportId = aboutAdmin })).AssertSuccess().GetProperty("status").GetString());
        Assert.Equal("active", (await admin.Client.CallAsync("admin.getAccount", new { userId = admin.Id })).AssertSuccess().GetProperty("status").GetString());
        (await admin.Client.CallAsync("admin.resolveReport", new { reportId = aboutModerator, action = "silence", reason = "rude" })).AssertSuccess();
        Assert.Equal("silenced", (await admin.Client.CallAsync("admin.getAccount", new { userId = moderator.Id })).AssertSuccess().GetProperty("status").GetString());
    }

    private static async Task<List<JsonElement>> ListAsync(Member staff, object input)
    {
        var pageSize = input.GetType().GetProperty("limit") is null ? 100 : 1;
        var filter = JsonSerializer.SerializeToElement(input);
        return await SocialCalls.AllPagesAsync(cursor =>
        {
            var body = filter.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
            body["cursor"] = cursor;
            body["limit"] = pageSize;
            return staff.Client.CallAsync("admin.listReports", body);
        });
    }

    // A Postgres suite's tests share one database: only the reports this test filed count.
    private static List<string> Ours(IEnumerable<JsonElement> reports, List<string> ours) => [.. SocialCalls.Ids(reports).Where(ours.Contains)];

    private static async Task<List<JsonElement>> NotificationsAsync(Member member) =>
        [.. (await member.Client.CallAsync("notification.getNotifications", new { limit = 100 })).AssertSuccess().GetProperty("items").EnumerateArray()];
}
