using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Moderation;

namespace Vrss.WebFront.Rpc;

/// <summary>The role check of staff procedures: one call to the caller's standing grain, answered from its memory.</summary>
public static class StaffGate
{
    /// <summary>The caller's role; 401 / 1000 without a session.</summary>
    public static async Task<AccountRole> RoleOfAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var standing = await context.Grains.GetGrain<IAccountStandingGrain>(context.UserId).GetAsync().ConfigureAwait(false);
        return standing.Role;
    }

    /// <summary>Refuses a caller whose role is below <paramref name="required"/> with 403 / 1101.</summary>
    public static async Task RequireAsync(RpcContext context, AccountRole required)
    {
        if (await RoleOfAsync(context).ConfigureAwait(false) < required)
        {
            throw new VrssException(
                ErrorCode.InsufficientPermissions,
                required == AccountRole.Admin ? "Only an admin may do this." : "Only a moderator or an admin may do this.");
        }
    }
}
