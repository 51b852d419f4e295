using Vrss.GrainInterfaces.Moderation;
using Vrss.WebFront.Rpc;
using Vrss.WebFront.Social;

namespace Vrss.WebFront.Admin;

/// <summary><c>admin.getAccount</c> (moderators and admins): an account by <c>userId</c> or <c>username</c>, as staff see it.</summary>
internal sealed class GetAccountProcedure() : RpcProcedure<UserRefInput, AccountShape>("admin.getAccount", requiredRole: AccountRole.Moderator)
{
    /// <inheritdoc />
    protected override async Task<AccountShape> ExecuteAsync(UserRefInput input, RpcContext context)
    {
        var userId = await SocialQueries.ResolveUserAsync(context, input.Username, input.UserId).ConfigureAwait(false);
        return await StaffAccounts.ShapeAsync(context, userId).ConfigureAwait(false);
    }
}
