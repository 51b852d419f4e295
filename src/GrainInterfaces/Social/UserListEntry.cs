using Vrss.GrainInterfaces.Users;

namespace Vrss.GrainInterfaces.Social;

/// <summary>A user card in a list (followers, following, connections, search results).</summary>
/// <param name="User">The card.</param>
/// <param name="IsFollowing">Whether the viewer follows this user; null when signed out or for the viewer's own card.</param>
[GenerateSerializer, Immutable]
public sealed record UserListEntry(UserCard User, bool? IsFollowing);
