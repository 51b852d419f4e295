namespace Vrss.Grains.HotReads;

/// <summary>Why an author's posts are hidden from everyone but the author (<see cref="HiddenAuthors"/>).</summary>
[Flags]
public enum HiddenReasons
{
    /// <summary>Not hidden.</summary>
    None = 0,

    /// <summary>Staff suspended the account (<c>account_standing.suspended_at</c>).</summary>
    Suspended = 1,

    /// <summary>The account asked to be deleted and waits for its purge (<c>users.purge_at</c>).</summary>
    PendingDeletion = 2,
}
