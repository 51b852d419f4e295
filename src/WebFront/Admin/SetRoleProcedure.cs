using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Moderation;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Admin;

/// <summary>
/// <c>admin.setRole</c> (admins only): sets an account's role and records it in the audit log. An admin cannot lower
/// their own role (400 / 1201), so an instance never loses its last admin by accident.
/// </summary>
internal sealed class SetRoleProcedure() : RpcProcedure<SetRoleInput, AccountShape>("admin.setRole", requiredRole: AccountRole.Admin)
{
    /// <inheritdoc />
    protected override async Task<AccountShape> ExecuteAsync(SetRoleInput input, RpcContext context)
    {
        var userId = input.UserId!;
        if (userId == context.UserId && input.Role != AccountRole.Admin)
        {
            throw VrssException.Invalid("userId", "an admin cannot lower their own role");
        }

        var standing = await context.Grains.GetGrain<IAccountStandingGrain>(userId)
            .SetRoleAsync(input.Role!.Value, StaffAccounts.Why(context, input.Reason)).ConfigureAwait(false);
        return await StaffAccounts.ShapeAsync(context, userId, standing).ConfigureAwait(false);
    }
}
