using Vrss.GrainInterfaces.Accounts;

namespace Vrss.Grains.Accounts;

/// <summary>One row of <c>data_exports</c>.</summary>
/// <param name="Id">The export id.</param>
/// <param name="UserId">Whose data it holds.</param>
/// <param name="Status">Pending, ready or failed (expired ones are deleted).</param>
/// <param name="StorageKey">Where the archive is in the media store, once ready.</param>
/// <param name="Size">The archive's size, once ready.</param>
/// <param name="CreatedAt">When it was asked for.</param>
/// <param name="ExpiresAt">When the row and archive are deleted.</param>
public sealed record ExportRecord(string Id, string UserId, ExportStatus Status, string? StorageKey, long? Size, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);
