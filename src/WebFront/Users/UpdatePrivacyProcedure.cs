using Vrss.GrainInterfaces.Users;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Users;

/// <summary>
/// <c>settings.updatePrivacy</c>: changes the caller's privacy settings and returns them. Turning <c>approveFollowers</c>
/// off accepts every pending follow request.
/// </summary>
internal sealed class UpdatePrivacyProcedure() : RpcProcedure<UpdatePrivacyInput, SettingsOutput>("settings.updatePrivacy", idempotent: true)
{
    /// <inheritdoc />
    protected override async Task<SettingsOutput> ExecuteAsync(UpdatePrivacyInput input, RpcContext context)
    {
        var update = new SettingsUpdate(input.ProfileVisibility, input.DefaultPostVisibility, input.AllowConnectionRequests, input.ApproveFollowers);
        return new SettingsOutput(await context.Grains.GetGrain<IUserGrain>(context.UserId).UpdateSettingsAsync(update).ConfigureAwait(false));
    }
}
