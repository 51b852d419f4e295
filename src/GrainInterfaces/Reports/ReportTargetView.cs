using Vrss.GrainInterfaces.Users;

namespace Vrss.GrainInterfaces.Reports;

/// <summary>What a report is about, as staff see it.</summary>
/// <param name="Kind">A user, a post or a comment.</param>
/// <param name="Id">Its id.</param>
/// <param name="User">The reported account, or the author of the reported post or comment.</param>
/// <param name="Excerpt">The start of the post's or comment's text when it was reported (null for a user).</param>
[GenerateSerializer, Immutable]
public sealed record ReportTargetView(ReportTargetKind Kind, string Id, UserCard User, string? Excerpt);
