using Vrss.GrainInterfaces.Moderation;
using Vrss.WebFront.Social;

namespace Vrss.WebFront.Admin;

/// <summary>An audit log entry on the wire.</summary>
public sealed record AuditEntryShape(
    string Id,
    UserCardShape Actor,
    string Action,
    string TargetKind,
    string TargetId,
    UserCardShape? TargetUser,
    string? Reason,
    string? Detail,
    DateTimeOffset At)
{
    /// <summary>The wire form of an entry.</summary>
    public static AuditEntryShape From(AuditEntryView entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(
            entry.Id,
            UserCardShape.From(entry.Actor),
            entry.Action,
            entry.TargetKind,
            entry.TargetId,
            entry.TargetUser is { } user ? UserCardShape.From(user) : null,
            entry.Reason,
            entry.Detail,
            entry.At);
    }
}
