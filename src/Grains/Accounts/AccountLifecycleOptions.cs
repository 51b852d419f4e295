namespace Vrss.Grains.Accounts;

/// <summary>The account lifecycle's settings, bound from <c>Vrss:Accounts</c>.</summary>
public sealed class AccountLifecycleOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Vrss:Accounts";

    /// <summary>How long a deleted account stays hidden, and restorable by signing in, before it is purged.</summary>
    public TimeSpan DeletionGracePeriod { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long a renamed account's old username stays reserved for it (and finds it).</summary>
    public TimeSpan UsernameReservation { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long an email-change link works.</summary>
    public TimeSpan EmailChangeLinkLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long a finished export can be downloaded before its archive is deleted.</summary>
    public TimeSpan ExportLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often each silo looks for purges due, reservations run out and exports expired.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(10);
}
