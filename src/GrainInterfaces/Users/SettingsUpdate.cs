namespace Vrss.GrainInterfaces.Users;

/// <summary>Changes to privacy settings (<c>settings.updatePrivacy</c>); a null field stays as it is.</summary>
/// <param name="ProfileVisibility">Who sees the full profile.</param>
/// <param name="DefaultPostVisibility">The visibility of new posts that name none.</param>
/// <param name="AllowConnectionRequests">Whether others may send connection requests.</param>
/// <param name="ApproveFollowers">Whether follows become requests the user answers; turning it off accepts every pending request.</param>
[GenerateSerializer, Immutable]
public sealed record SettingsUpdate(Visibility? ProfileVisibility, Visibility? DefaultPostVisibility, bool? AllowConnectionRequests, bool? ApproveFollowers = null);
