using Vrss.GrainInterfaces.Media;

namespace Vrss.Grains.Media;

/// <summary>A stored media upload.</summary>
/// <param name="Id">The media id.</param>
/// <param name="OwnerId">The uploading user.</param>
/// <param name="Filename">The client's file name.</param>
/// <param name="ContentType">The declared MIME type.</param>
/// <param name="Kind">Image, video or audio.</param>
/// <param name="Size">The declared size in bytes (reserved while pending, used once completed).</param>
/// <param name="StorageKey">Where the bytes live in the object store.</param>
/// <param name="Status">Pending, completed, failed or expired.</param>
/// <param name="CreatedAt">When the upload was initiated.</param>
/// <param name="ExpiresAt">When an uncompleted upload expires.</param>
/// <param name="CompletedAt">When it completed, or null.</param>
public sealed record MediaRecord(
    string Id,
    string OwnerId,
    string Filename,
    string ContentType,
    MediaKind Kind,
    long Size,
    string StorageKey,
    MediaStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? CompletedAt);
