namespace Vrss.Runtime.Membership;

/// <summary>
/// Where silos record themselves. Status changes are conditional on the table's version (optimistic
/// concurrency), so two silos cannot both act on a stale view; heartbeats are not membership changes and do
/// not move the version.
/// </summary>
public interface IMembershipTable
{
    /// <summary>Reads every row and the version.</summary>
    Task<MembershipSnapshot> ReadAllAsync(CancellationToken cancellationToken);

    /// <summary>Adds or replaces a silo's row if the version is still <paramref name="expectedVersion"/>.</summary>
    Task<bool> TryUpsertAsync(SiloAddress silo, string name, SiloStatus status, DateTimeOffset startTime, long expectedVersion, CancellationToken cancellationToken);

    /// <summary>Changes a silo's status if the version is still <paramref name="expectedVersion"/>.</summary>
    Task<bool> TryUpdateStatusAsync(SiloAddress silo, SiloStatus status, long expectedVersion, CancellationToken cancellationToken);

    /// <summary>Records that the silo is alive now.</summary>
    Task HeartbeatAsync(SiloAddress silo, CancellationToken cancellationToken);

    /// <summary>Deletes rows of dead silos older than <paramref name="age"/>.</summary>
    Task CleanUpAsync(TimeSpan age, CancellationToken cancellationToken);
}
