using Vrss.GrainInterfaces.Users;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Users;

/// <summary><c>user.updateProfile</c>: changes the caller's profile and returns it.</summary>
internal sealed class UpdateProfileProcedure() : RpcProcedure<UpdateProfileInput, ProfileOutput>("user.updateProfile", idempotent: true)
{
    /// <inheritdoc />
    protected override void Validate(UpdateProfileInput input) => ProfileRules.Check(input);

    /// <inheritdoc />
    protected override async Task<ProfileOutput> ExecuteAsync(UpdateProfileInput input, RpcContext context)
    {
        var profile = await context.Grains.GetGrain<IUserGrain>(context.UserId).UpdateProfileAsync(ProfileRules.Check(input)).ConfigureAwait(false);
        return new ProfileOutput(ProfileShape.From(profile));
    }
}
