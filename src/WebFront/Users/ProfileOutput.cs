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

        // Null (so absent on the wire) unless a signed-in viewer looks at someone else.
        var (isBlocking, isMuting) = (relation?.IsBlocking, relation?.IsMuting);
        var card = view.Card;
        return new ProfileOutput(view.Full is { } full
            ? ProfileShape.From(full) with { FollowRequested = view.FollowRequested, IsBlocking = isBlocking, IsMuting = isMuting }
            : new ProfileCardShape(card.Id, card.Username, card.DisplayName, card.AvatarUrl, view.IsFollowing, view.FollowRequested) { IsBlocking = isBlocking, IsMuting = isMuting });
    }
}
