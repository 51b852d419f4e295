namespace Vrss.Grains.Accounts;

/// <summary>The <c>data_exports</c> table.</summary>
public interface IExportRepository
{
    /// <summary>Stores a new (pending) export.</summary>
    Task InsertAsync(ExportRecord export);

    /// <summary>The export with this id, or null.</summary>
    Task<ExportRecord?> GetAsync(string exportId);

    /// <summary>The user's newest export, or null.</summary>
    Task<ExportRecord?> GetNewestAsync(string userId);

    /// <summary>Records where a pending export's archive is (<c>Ready</c>) or that building it failed (null key).</summary>
    Task<bool> FinishAsync(string exportId, string? storageKey, long? size);

    /// <summary>Up to <paramref name="limit"/> exports expired at <paramref name="now"/>.</summary>
    Task<IReadOnlyList<ExportRecord>> ListExpiredAsync(DateTimeOffset now, int limit);

    /// <summary>The archive keys of the user's exports.</summary>
    Task<IReadOnlyList<string>> ListKeysAsync(string userId);

    /// <summary>Deletes an export's row; false when there was none.</summary>
    Task<bool> DeleteAsync(string exportId);
}
