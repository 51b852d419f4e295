using Vrss.Grains.Data;

namespace Vrss.Grains.Media;

/// <summary>Checks both media repositories make before storing a record.</summary>
internal static class MediaChecks
{
    public static MediaRecord Normalize(MediaRecord media)
    {
        ArgumentNullException.ThrowIfNull(media);
        Guard.Id(media.Id, nameof(media.Id));
        Guard.Id(media.OwnerId, nameof(media.OwnerId));
        ArgumentNullException.ThrowIfNull(media.Filename);
        ArgumentNullException.ThrowIfNull(media.ContentType);
        ArgumentNullException.ThrowIfNull(media.StorageKey);
        ArgumentOutOfRangeException.ThrowIfNegative(media.Size);
        Guard.Defined(media.Kind, nameof(media.Kind));
        Guard.Defined(media.Status, nameof(media.Status));
        return media with
        {
            CreatedAt = DbTime.Normalize(media.CreatedAt),
            ExpiresAt = DbTime.Normalize(media.ExpiresAt),
            CompletedAt = DbTime.Normalize(media.CompletedAt),
        };
    }
}
