using Vrss.GrainInterfaces.Moderation;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Admin;

/// <summary><c>admin.suspendUser</c> (moderators): suspends an account: it cannot sign in, its sessions are revoked cluster-wide, its profile and posts are hidden. Audited.</summary>
internal sealed class SuspendUserProcedure() : AccountActionProcedure("admin.suspendUser", AccountRole.Moderator)
{
    /// <inheritdoc />
    protected override Task<AccountStanding> ActAsync(string userId, StaffReason why, RpcContext context) =>
        context.Grains.GetGrain<IAccountStandingGrain>(userId).SetSuspendedAsync(true, why);
}
