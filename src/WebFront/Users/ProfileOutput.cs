using Vrss.GrainInterfaces.Blocks;
using Vrss.GrainInterfaces.Users;

namespace Vrss.WebFront.Users;

/// <summary>The data <c>{ profile }</c>: a <see cref="ProfileShape"/> or, when hidden from the viewer, a <see cref="ProfileCardShape"/>.</summary>
public sealed record ProfileOutput(object Profile)
{
    /// <summary>The data for a viewer; <paramref name="relation"/> (a signed-in viewer looking at someone else) adds <c>isBlocking</c> and <c>isMuting</c>.</summary>
    public static ProfileOutput From(ProfileView view, BlockRelation? relation = null)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view.Full is { } full
            ? new ProfileOutput(ProfileShape.From(full) with { FollowRequested = view.FollowRequested, IsBlocking = relation?.IsBlocking, IsMuting = relation?.IsMuting })
            : new ProfileOutput(new ProfileCardShape(view.Card.Id, view.Card.Username, view.Card.DisplayName, view.Card.AvatarUrl, view.IsFollowing, view.FollowRequested)
            {
                IsBlocking = relation?.IsBlocking,
                IsMuting = relation?.IsMuting,
            });
    }
}
