using Vrss.GrainInterfaces.Users;

namespace Vrss.GrainInterfaces.Moderation;

/// <summary>An audit log entry as <c>admin.getAuditLog</c> shows it: the actor and the account concerned as cards.</summary>
/// <param name="Id">The entry id.</param>
/// <param name="Actor">Who acted.</param>
/// <param name="Action">What was done.</param>
/// <param name="TargetKind">What kind of thing it was done to.</param>
/// <param name="TargetId">The target's id.</param>
/// <param name="TargetUser">The account concerned, if any.</param>
/// <param name="Reason">Why, if given.</param>
/// <param name="Detail">The new value, if the action sets one.</param>
/// <param name="At">When.</param>
[GenerateSerializer, Immutable]
public sealed record AuditEntryView(
    string Id,
    UserCard Actor,
    string Action,
    string TargetKind,
    string TargetId,
    UserCard? TargetUser,
    string? Reason,
    string? Detail,
    DateTimeOffset At);
