using Vrss.GrainInterfaces.Moderation;

namespace Vrss.Grains.Moderation;

/// <summary>
/// The moderation tables of the Memory provider, under one <see cref="Gate"/>. The posts and users repositories read
/// <see cref="Standing"/> too (a suspended author's posts are hidden), as their SQL probes <c>account_standing</c>.
/// </summary>
internal sealed class MemoryModerationTables
{
    public Lock Gate { get; } = new();

    public Dictionary<string, AccountStanding> Standing { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, AuditEntry> Audit { get; } = new(StringComparer.Ordinal);

    /// <summary>The standing of <paramref name="userId"/>, default when none is stored; takes the gate.</summary>
    public AccountStanding StandingOf(string userId)
    {
        lock (Gate)
        {
            return Standing.GetValueOrDefault(userId) ?? AccountStanding.Default;
        }
    }
}
