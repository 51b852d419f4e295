using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Moderation;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Admin;

/// <summary>
/// A staff action on an account that answers the account: silence, suspend and their reversals (moderators), credential
/// resets (admins). Staff cannot act on themselves (400 / 1201), nor a moderator on an admin (403 / 1101).
/// </summary>
internal abstract class AccountActionProcedure(string name, AccountRole requiredRole)
    : RpcProcedure<StaffActionInput, AccountShape>(name, requiredRole: requiredRole)
{
    /// <inheritdoc />
    protected sealed override async Task<AccountShape> ExecuteAsync(StaffActionInput input, RpcContext context)
    {
        var userId = input.UserId!;
        if (userId == context.UserId)
        {
            throw VrssException.Invalid("userId", "staff cannot act on their own account");
        }

        var target = await StaffAccounts.ShapeAsync(context, userId).ConfigureAwait(false);
        if (target.Role == AccountRole.Admin && await StaffGate.RoleOfAsync(context).ConfigureAwait(false) != AccountRole.Admin)
        {
            throw new VrssException(ErrorCode.InsufficientPermissions, "Only an admin may act on an admin.");
        }

        var standing = await ActAsync(userId, StaffAccounts.Why(context, input.Reason), context).ConfigureAwait(false);
        return await StaffAccounts.ShapeAsync(context, userId, standing).ConfigureAwait(false);
    }

    /// <summary>Carries the action out; the standing after it.</summary>
    protected abstract Task<AccountStanding> ActAsync(string userId, StaffReason why, RpcContext context);
}
