using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Moderation;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Admin;

/// <summary>
/// <c>admin.deleteAccount</c> (admins only): purges the account now, as the end of a member's own deletion does but
/// without the grace period. Not on oneself (400 / 1201). Audited (the entry outlives the account).
/// </summary>
internal sealed class DeleteAccountProcedure() : RpcProcedure<StaffActionInput, EmptyOutput>("admin.deleteAccount", requiredRole: AccountRole.Admin)
{
    /// <inheritdoc />
    protected override async Task<EmptyOutput> ExecuteAsync(StaffActionInput input, RpcContext context)
    {
        var userId = input.UserId!;
        if (userId == context.UserId)
        {
            throw VrssException.Invalid("userId", "staff cannot act on their own account");
        }

        await context.Grains.GetGrain<IStaffAccountGrain>(userId).DeleteAsync(StaffAccounts.Why(context, input.Reason)).ConfigureAwait(false);
        return EmptyOutput.Instance;
    }
}
