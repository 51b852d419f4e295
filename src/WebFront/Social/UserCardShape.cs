using System.Text.Json.Serialization;
using Vrss.GrainInterfaces.Social;
using Vrss.GrainInterfaces.Users;

namespace Vrss.WebFront.Social;

/// <summary>A user card on the wire: <c>id, username, displayName, avatarUrl</c> and, in lists for a signed-in viewer, <c>isFollowing</c>.</summary>
public sealed record UserCardShape(
    string Id,
    string Username,
    string DisplayName,
    string? AvatarUrl,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? IsFollowing = null)
{
    /// <summary>The wire form of a card.</summary>
    public static UserCardShape From(UserCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new(card.Id, card.Username, card.DisplayName, card.AvatarUrl);
    }

    /// <summary>The wire form of a list entry.</summary>
    public static UserCardShape From(UserListEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return From(entry.User) with { IsFollowing = entry.IsFollowing };
    }
}
