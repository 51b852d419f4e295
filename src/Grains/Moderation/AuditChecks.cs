using Vrss.GrainInterfaces.Moderation;
using Vrss.Grains.Data;

namespace Vrss.Grains.Moderation;

/// <summary>What both audit log repositories refuse alike (the Postgres table's constraints).</summary>
internal static class AuditChecks
{
    public static readonly IReadOnlySet<string> TargetKinds = new HashSet<string>(StringComparer.Ordinal) { "user", "post", "comment", "report" };

    public static void Check(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        Guard.Id(entry.Id, nameof(entry));
        Guard.Id(entry.ActorId, nameof(entry));
        Guard.Id(entry.Action, nameof(entry));
        Guard.Id(entry.TargetId, nameof(entry));
        if (!TargetKinds.Contains(entry.TargetKind))
        {
            throw new ArgumentOutOfRangeException(nameof(entry), entry.TargetKind, "Unknown target kind.");
        }
    }
}
