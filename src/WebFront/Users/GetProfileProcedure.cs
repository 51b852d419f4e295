using Vrss.GrainInterfaces.Users;
using Vrss.WebFront.Rpc;
using Vrss.WebFront.Social;

namespace Vrss.WebFront.Users;

/// <summary><c>user.getProfile</c>: a profile by <c>username</c> or <c>userId</c>, as the caller may see it.</summary>
public sealed class GetProfileProcedure : RpcProcedure<UserRefInput, ProfileOutput>
{
    /// <inheritdoc />
    public override string Name => "user.getProfile";

    /// <inheritdoc />
    public override bool RequiresSession => false;

    /// <inheritdoc />
    protected override async Task<ProfileOutput> ExecuteAsync(UserRefInput input, RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var userId = await SocialQueries.ResolveUserAsync(context, input.Username, input.UserId).ConfigureAwait(false);
        var view = await context.Grains.GetGrain<IUserGrain>(userId).ViewProfileAsync(context.Session?.UserId).ConfigureAwait(false);
        return ProfileOutput.From(view);
    }
}
