using Vrss.GrainInterfaces.Moderation;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Admin;

/// <summary><c>admin.resetTwoFactor</c> (admins only): turns the account's two-factor sign-in off (secret and recovery codes). Audited.</summary>
internal sealed class ResetTwoFactorProcedure() : AccountActionProcedure("admin.resetTwoFactor", AccountRole.Admin)
{
    /// <inheritdoc />
    protected override async Task<AccountStanding> ActAsync(string userId, StaffReason why, RpcContext context)
    {
        await context.Grains.GetGrain<IStaffAccountGrain>(userId).ResetTwoFactorAsync(why).ConfigureAwait(false);
        return await context.Grains.GetGrain<IAccountStandingGrain>(userId).GetAsync().ConfigureAwait(false);
    }
}
