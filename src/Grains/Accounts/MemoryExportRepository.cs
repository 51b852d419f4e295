using Vrss.GrainInterfaces.Accounts;
using Vrss.Grains.Data;

namespace Vrss.Grains.Accounts;

/// <summary><see cref="IExportRepository"/> over a <see cref="MemoryDatabase"/> table.</summary>
public sealed class MemoryExportRepository(MemoryDatabase database) : IExportRepository
{
    private readonly MemoryAccountTables _tables = database.Table<MemoryAccountTables>();

    /// <inheritdoc />
    public Task InsertAsync(ExportRecord export)
    {
        ArgumentNullException.ThrowIfNull(export);
        lock (_tables.Gate)
        {
            _tables.Exports.Add(export.Id, export);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<ExportRecord?> GetAsync(string exportId)
    {
        lock (_tables.Gate)
        {
            return Task.FromResult(_tables.Exports.GetValueOrDefault(exportId));
        }
    }

    /// <inheritdoc />
    public Task<ExportRecord?> GetNewestAsync(string userId)
    {
        lock (_tables.Gate)
        {
            return Task.FromResult(_tables.Exports.Values.Where(e => e.UserId == userId).MaxBy(e => e.CreatedAt));
        }
    }

    /// <inheritdoc />
    public Task<bool> FinishAsync(string exportId, string? storageKey, long? size)
    {
        lock (_tables.Gate)
        {
            if (!_tables.Exports.TryGetValue(exportId, out var export) || export.Status != ExportStatus.Pending)
            {
                return Task.FromResult(false);
            }

            _tables.Exports[exportId] = export with { Status = storageKey is null ? ExportStatus.Failed : ExportStatus.Ready, StorageKey = storageKey, Size = size };
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ExportRecord>> ListExpiredAsync(DateTimeOffset now, int limit)
    {
        lock (_tables.Gate)
        {
            IReadOnlyList<ExportRecord> expired = [.. _tables.Exports.Values.Where(e => e.ExpiresAt <= now).OrderBy(e => e.ExpiresAt).Take(limit)];
            return Task.FromResult(expired);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> ListKeysAsync(string userId)
    {
        lock (_tables.Gate)
        {
            IReadOnlyList<string> keys = [.. _tables.Exports.Values.Where(e => e.UserId == userId && e.StorageKey is not null).Select(e => e.StorageKey!)];
            return Task.FromResult(keys);
        }
    }

    /// <inheritdoc />
    public Task<bool> DeleteAsync(string exportId)
    {
        lock (_tables.Gate)
        {
            return Task.FromResult(_tables.Exports.Remove(exportId));
        }
    }
}
