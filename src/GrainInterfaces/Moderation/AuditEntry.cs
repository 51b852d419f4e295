namespace Vrss.GrainInterfaces.Moderation;

/// <summary>One entry of the append-only audit log: who did what to what, when and why.</summary>
/// <param name="Id">The entry id (time-ordered).</param>
/// <param name="ActorId">The staff member who acted.</param>
/// <param name="Action">What was done (<see cref="AuditActions"/>).</param>
/// <param name="TargetKind">What it was done to: <c>user</c>, <c>post</c>, <c>comment</c> or <c>report</c>.</param>
/// <param name="TargetId">The id of the target.</param>
/// <param name="TargetUserId">The account concerned (the user, or the author of the post or comment), if any.</param>
/// <param name="Reason">Why, as the staff member wrote it; null when none was given.</param>
/// <param name="Detail">The new value, when the action sets one (a role, a tier, a resolution); else null.</param>
/// <param name="At">When.</param>
[GenerateSerializer, Immutable]
public sealed record AuditEntry(
    string Id,
    string ActorId,
    string Action,
    string TargetKind,
    string TargetId,
    string? TargetUserId,
    string? Reason,
    string? Detail,
    DateTimeOffset At);
