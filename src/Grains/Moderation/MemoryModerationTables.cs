using Vrss.GrainInterfaces.Moderation;

namespace Vrss.Grains.Moderation;

/// <summary>
/// The moderation tables of the Memory provider, under one <see cref="Gate"/>. The posts and users repositories read
/// <see cref="Standing"/> too (a suspended author's posts are hidden), as their SQL probes <c>account_standing</c>;
/// <see cref="PendingDeletion"/> mirrors <c>users.purge_at</c> for them (kept by the Memory users repository).
/// </summary>
internal sealed class MemoryModerationTables
{
    public Lock Gate { get; } = new();

    public Dictionary<string, AccountStanding> Standing { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, AuditEntry> Audit { get; } = new(StringComparer.Ordinal);

    /// <summary>Accounts waiting for their purge: hidden like suspended ones.</summary>
    public HashSet<string> PendingDeletion { get; } = new(StringComparer.Ordinal);

    /// <summary>The standing of <paramref name="userId"/>, default when none is stored; takes the gate.</summary>
    public AccountStanding StandingOf(string userId)
    {
        lock (Gate)
        {
            return Standing.GetValueOrDefault(userId) ?? AccountStanding.Default;
        }
    }

    /// <summary>Whether the author's posts are hidden from others (suspended, or waiting for the purge); takes the gate.</summary>
    public bool IsHidden(string userId)
    {
        lock (Gate)
        {
            return PendingDeletion.Contains(userId) || StandingOf(userId).IsSuspended;
        }
    }

    /// <summary>As <see cref="IsHidden"/>, or silenced (discovery and search leave those out too); takes the gate.</summary>
    public bool IsHiddenOrSilenced(string userId)
    {
        lock (Gate)
        {
            return PendingDeletion.Contains(userId) || StandingOf(userId).IsRestricted;
        }
    }

    /// <summary>Records or clears a pending deletion (the users repository's <c>purge_at</c>); takes the gate.</summary>
    public void SetPendingDeletion(string userId, bool pending)
    {
        lock (Gate)
        {
            if (pending)
            {
                PendingDeletion.Add(userId);
            }
            else
            {
                PendingDeletion.Remove(userId);
            }
        }
    }
}
