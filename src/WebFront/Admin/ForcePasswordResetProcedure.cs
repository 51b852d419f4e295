using Vrss.GrainInterfaces.Moderation;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Admin;

/// <summary>
/// <c>admin.forcePasswordReset</c> (admins only): the password stops working, every session ends cluster-wide and a
/// reset link is emailed; the member signs in again only after setting a new password. Audited.
/// </summary>
internal sealed class ForcePasswordResetProcedure() : AccountActionProcedure("admin.forcePasswordReset", AccountRole.Admin)
{
    /// <inheritdoc />
    protected override async Task<AccountStanding> ActAsync(string userId, StaffReason why, RpcContext context)
    {
        await context.Grains.GetGrain<IStaffAccountGrain>(userId).ForcePasswordResetAsync(why).ConfigureAwait(false);
        return await context.Grains.GetGrain<IAccountStandingGrain>(userId).GetAsync().ConfigureAwait(false);
    }
}
