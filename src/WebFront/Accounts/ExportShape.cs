using Vrss.GrainInterfaces.Accounts;

namespace Vrss.WebFront.Accounts;

/// <summary>An export on the wire.</summary>
/// <param name="Id">The export id.</param>
/// <param name="Status"><c>pending</c>, <c>ready</c>, <c>failed</c> or <c>expired</c>.</param>
/// <param name="DownloadUrl">When ready: the path on this server that downloads the archive (the member's session only).</param>
/// <param name="Size">When ready: the archive's size in bytes.</param>
/// <param name="CreatedAt">When it was asked for.</param>
/// <param name="ExpiresAt">When the archive is deleted.</param>
public sealed record ExportShape(string Id, string Status, string? DownloadUrl, long? Size, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt)
{
    /// <summary>The shape of an export.</summary>
    public static ExportShape From(ExportView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new(view.Id, view.Status.ToString().ToLowerInvariant(), view.DownloadUrl, view.Size, view.CreatedAt, view.ExpiresAt);
    }
}
