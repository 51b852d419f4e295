using System.Globalization;

namespace Vrss.TestingHost;

/// <summary>
/// The membership table of a <see cref="TestCluster"/>: silos in one process share this instance as real silos
/// share the PostgreSQL table, so any of them (the first included) can be killed and the others carry on. Every
/// change is conditional on the table version the writer read, which is all Orleans' membership protocol asks.
/// </summary>
internal sealed class InMemoryMembershipTable : IMembershipTable
{
    private readonly Lock _lock = new();
    private readonly Dictionary<SiloAddress, (MembershipEntry Entry, string ETag)> _rows = [];
    private TableVersion _version = new(0, "0");
    private long _etags;

    public Task InitializeMembershipTable(bool tryInitTableVersion) => Task.CompletedTask;

    public Task DeleteMembershipTableEntries(string clusterId)
    {
        lock (_lock)
        {
            _rows.Clear();
        }

        return Task.CompletedTask;
    }

    public Task CleanupDefunctSiloEntries(DateTimeOffset beforeDate)
    {
        lock (_lock)
        {
            foreach (var (address, row) in _rows.ToList())
            {
                if (row.Entry.Status != SiloStatus.Active && row.Entry.IAmAliveTime < beforeDate.UtcDateTime)
                {
                    _rows.Remove(address);
                }
            }
        }

        return Task.CompletedTask;
    }

    public Task<MembershipTableData> ReadRow(SiloAddress key)
    {
        lock (_lock)
        {
            return Task.FromResult(_rows.TryGetValue(key, out var row)
                ? new MembershipTableData(Tuple.Create(row.Entry.Clone(), row.ETag), _version)
                : new MembershipTableData(_version));
        }
    }

    public Task<MembershipTableData> ReadAll()
    {
        lock (_lock)
        {
            return Task.FromResult(new MembershipTableData([.. _rows.Values.Select(r => Tuple.Create(r.Entry.Clone(), r.ETag))], _version));
        }
    }

    public Task<bool> InsertRow(MembershipEntry entry, TableVersion tableVersion)
    {
        lock (_lock)
        {
            if (_rows.ContainsKey(entry.SiloAddress) || tableVersion.Version != _version.Version + 1)
            {
                return Task.FromResult(false);
            }

            Write(entry, tableVersion);
            return Task.FromResult(true);
        }
    }

    public Task<bool> UpdateRow(MembershipEntry entry, string etag, TableVersion tableVersion)
    {
        lock (_lock)
        {
            if (!_rows.TryGetValue(entry.SiloAddress, out var row) || row.ETag != etag || tableVersion.Version != _version.Version + 1)
            {
                return Task.FromResult(false);
            }

            Write(entry, tableVersion);
            return Task.FromResult(true);
        }
    }

    public Task UpdateIAmAlive(MembershipEntry entry)
    {
        lock (_lock)
        {
            if (_rows.TryGetValue(entry.SiloAddress, out var row))
            {
                row.Entry.IAmAliveTime = entry.IAmAliveTime;
            }
        }

        return Task.CompletedTask;
    }

    private void Write(MembershipEntry entry, TableVersion tableVersion)
    {
        _rows[entry.SiloAddress] = (entry.Clone(), NextETag());
        _version = new TableVersion(tableVersion.Version, NextETag());
    }

    private string NextETag() => (++_etags).ToString(CultureInfo.InvariantCulture);
}
