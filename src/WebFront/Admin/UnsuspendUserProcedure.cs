using Vrss.GrainInterfaces.Moderation;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Admin;

/// <summary><c>admin.unsuspendUser</c> (moderators): lifts an account's suspension. Audited.</summary>
internal sealed class UnsuspendUserProcedure() : AccountActionProcedure("admin.unsuspendUser", AccountRole.Moderator)
{
    /// <inheritdoc />
    protected override Task<AccountStanding> ActAsync(string userId, StaffReason why, RpcContext context) =>
        context.Grains.GetGrain<IAccountStandingGrain>(userId).SetSuspendedAsync(false, why);
}
