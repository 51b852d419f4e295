namespace Vrss.Runtime.Membership;

/// <summary>
/// A membership table in process memory: private to one silo (<c>Localhost</c>) or shared by the silos of a
/// TestCluster (<c>InMemory</c>). Same rules as the PostgreSQL table.
/// </summary>
public sealed class InMemoryMembershipTable
{
    private readonly object _lock = new();
    private readonly Dictionary<SiloAddress, Row> _rows = [];
    private long _version;

    internal IMembershipTable For(TimeProvider clock) => new View(this, clock);

    private sealed record Row(string Name, SiloStatus Status, DateTimeOffset StartTime, DateTimeOffset Heartbeat);

    // Heartbeat ages are measured on the reading silo's clock, as all silos of a TestCluster share one.
    private sealed class View(InMemoryMembershipTable table, TimeProvider clock) : IMembershipTable
    {
        public Task<MembershipSnapshot> ReadAllAsync(CancellationToken cancellationToken)
        {
            lock (table._lock)
            {
                var now = clock.GetUtcNow();
                return Task.FromResult(new MembershipSnapshot(
                    table._version,
                    [.. table._rows.Select(r => new MembershipEntry(r.Key, r.Value.Name, r.Value.Status, r.Value.StartTime, now - r.Value.Heartbeat))]));
            }
        }

        public Task<bool> TryUpsertAsync(SiloAddress silo, string name, SiloStatus status, DateTimeOffset startTime, long expectedVersion, CancellationToken cancellationToken)
        {
            lock (table._lock)
            {
                if (table._version != expectedVersion)
                {
                    return Task.FromResult(false);
                }

                table._rows[silo] = new Row(name, status, startTime, clock.GetUtcNow());
                table._version++;
                return Task.FromResult(true);
            }
        }

        public Task<bool> TryUpdateStatusAsync(SiloAddress silo, SiloStatus status, long expectedVersion, CancellationToken cancellationToken)
        {
            lock (table._lock)
            {
                if (table._version != expectedVersion || !table._rows.TryGetValue(silo, out var row))
                {
                    return Task.FromResult(false);
                }

                table._rows[silo] = row with { Status = status };
                table._version++;
                return Task.FromResult(true);
            }
        }

        public Task HeartbeatAsync(SiloAddress silo, CancellationToken cancellationToken)
        {
            lock (table._lock)
            {
                if (table._rows.TryGetValue(silo, out var row))
                {
                    table._rows[silo] = row with { Heartbeat = clock.GetUtcNow() };
                }
            }

            return Task.CompletedTask;
        }

        public Task CleanUpAsync(TimeSpan age, CancellationToken cancellationToken)
        {
            lock (table._lock)
            {
                var now = clock.GetUtcNow();
                foreach (var silo in table._rows.Where(r => r.Value.Status == SiloStatus.Dead && now - r.Value.Heartbeat > age).Select(r => r.Key).ToList())
                {
                    table._rows.Remove(silo);
                }
            }

            return Task.CompletedTask;
        }
    }
}
