using Vrss.GrainInterfaces.Users;

namespace Vrss.WebFront.Users;

/// <summary>The input of <c>settings.updatePrivacy</c>; absent fields stay as they are.</summary>
public sealed record UpdatePrivacyInput(Visibility? ProfileVisibility, Visibility? DefaultPostVisibility, bool? AllowConnectionRequests, bool? ApproveFollowers);
