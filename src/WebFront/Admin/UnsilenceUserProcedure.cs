using Vrss.GrainInterfaces.Moderation;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Admin;

/// <summary><c>admin.unsilenceUser</c> (moderators): lifts an account's silence. Audited.</summary>
internal sealed class UnsilenceUserProcedure() : AccountActionProcedure("admin.unsilenceUser", AccountRole.Moderator)
{
    /// <inheritdoc />
    protected override Task<AccountStanding> ActAsync(string userId, StaffReason why, RpcContext context) =>
        context.Grains.GetGrain<IAccountStandingGrain>(userId).SetSilencedAsync(false, why);
}
