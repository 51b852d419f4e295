using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Users;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Operations;

/// <summary>
/// The operations procedures are for admins only (403 / 1101 for anyone else). Until accounts carry roles, an admin
/// is an owner of the instance (<see cref="IUserGrain.IsOwnerAsync"/>, the first admins of the role model).
/// </summary>
internal static class AdminGate
{
    public static async Task RequireAdminAsync(RpcContext context)
    {
        if (!await context.Grains.GetGrain<IUserGrain>(context.UserId).IsOwnerAsync().ConfigureAwait(false))
        {
            throw new VrssException(ErrorCode.InsufficientPermissions, "Only admins may do this.");
        }
    }
}
