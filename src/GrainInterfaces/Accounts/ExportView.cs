namespace Vrss.GrainInterfaces.Accounts;

/// <summary>An export as its member sees it.</summary>
/// <param name="Id">The export id.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="DownloadUrl">A URL only the member gets, valid a short while, when ready.</param>
/// <param name="Size">The archive's size in bytes, when ready.</param>
/// <param name="CreatedAt">When it was asked for.</param>
/// <param name="ExpiresAt">When the archive is deleted.</param>
[GenerateSerializer, Immutable]
public sealed record ExportView(string Id, ExportStatus Status, string? DownloadUrl, long? Size, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);
