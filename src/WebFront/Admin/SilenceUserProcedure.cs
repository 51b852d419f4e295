using Vrss.GrainInterfaces.Moderation;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Admin;

/// <summary><c>admin.silenceUser</c> (moderators): silences an account: its posts leave discovery and search. Audited.</summary>
internal sealed class SilenceUserProcedure() : AccountActionProcedure("admin.silenceUser", AccountRole.Moderator)
{
    /// <inheritdoc />
    protected override Task<AccountStanding> ActAsync(string userId, StaffReason why, RpcContext context) =>
        context.Grains.GetGrain<IAccountStandingGrain>(userId).SetSilencedAsync(true, why);
}
