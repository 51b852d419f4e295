namespace Vrss.GrainInterfaces.Users;

/// <summary>A profile as one viewer sees it.</summary>
/// <param name="Card">The public card (always shown).</param>
/// <param name="Full">The whole profile, or null when its visibility hides it from this viewer (only the card shows).</param>
/// <param name="IsFollowing">Whether the viewer follows the user; null when signed out or viewing oneself.</param>
/// <param name="FollowRequested">Whether the viewer's follow request to the user is pending; null when signed out or viewing oneself.</param>
/// <param name="Suspended">
/// Whether staff suspended the account (from the silo's hidden authors, so showing a profile asks no other grain);
/// callers hide such a profile from everyone but staff.
/// </param>
[GenerateSerializer, Immutable]
public sealed record ProfileView(UserCard Card, UserProfile? Full, bool? IsFollowing, bool? FollowRequested = null, bool Suspended = false);
