using Vrss.GrainInterfaces.Moderation;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Admin;

/// <summary>
/// <c>admin.setStorageTier</c> (admins only): the account's media quota tier (free or paid); the next upload is checked
/// against it. Audited.
/// </summary>
internal sealed class SetStorageTierProcedure() : RpcProcedure<SetStorageTierInput, AccountShape>("admin.setStorageTier", requiredRole: AccountRole.Admin)
{
    /// <inheritdoc />
    protected override async Task<AccountShape> ExecuteAsync(SetStorageTierInput input, RpcContext context)
    {
        var userId = input.UserId!;
        var standing = await context.Grains.GetGrain<IAccountStandingGrain>(userId)
            .SetStorageTierAsync(input.Tier!.Value, StaffAccounts.Why(context, input.Reason)).ConfigureAwait(false);
        return await StaffAccounts.ShapeAsync(context, userId, standing).ConfigureAwait(false);
    }
}
