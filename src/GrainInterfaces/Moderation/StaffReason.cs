namespace Vrss.GrainInterfaces.Moderation;

/// <summary>Who performs a staff action and why: what the audit log records beside the action.</summary>
/// <param name="ActorId">The staff member's user id.</param>
/// <param name="Reason">Why (shown to admins in the audit log); null when none was given.</param>
[GenerateSerializer, Immutable]
public sealed record StaffReason(string ActorId, string? Reason);
