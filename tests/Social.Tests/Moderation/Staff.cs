using System.Text.Json;
using Vrss.GrainInterfaces.Moderation;
using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.Social.Tests.Moderation;

/// <summary>Making staff for a test, and the staff calls the moderation suites repeat.</summary>
public static class Staff
{
    /// <summary>
    /// Gives <paramref name="member"/> a role the way an operator's first step would: through the standing grain, as
    /// the owner promotion does. Only the arrange step of a test goes around the wire; what is tested goes over HTTP.
    /// </summary>
    public static Task AppointAsync(TestCluster cluster, Member member, AccountRole role)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(member);
        return cluster.GrainFactory.GetGrain<IAccountStandingGrain>(member.Id).SetRoleAsync(role, new StaffReason(member.Id, "test set-up"));
    }

    /// <summary>The audit log entries about <paramref name="target"/>, newest first, as an admin reads them.</summary>
    public static async Task<List<JsonElement>> AuditOfAsync(Member admin, Member target)
    {
        ArgumentNullException.ThrowIfNull(admin);
        ArgumentNullException.ThrowIfNull(target);
        var page = (await admin.Client.CallAsync("admin.getAuditLog", new { targetUserId = target.Id, limit = 100 })).AssertSuccess();
        return [.. page.GetProperty("items").EnumerateArray()];
    }

    /// <summary>The role auth.getSession reports for the member's session.</summary>
    public static async Task<string> RoleAsync(Member member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return (await member.Client.CallAsync("auth.getSession")).AssertSuccess().GetProperty("user").GetProperty("role").GetString()!;
    }
}
