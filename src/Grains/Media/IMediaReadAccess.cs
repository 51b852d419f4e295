namespace Vrss.Grains.Media;

/// <summary>Whether a reader may see a media item through the posts it is attached to.</summary>
public interface IMediaReadAccess
{
    /// <summary>True when <paramref name="media"/> is attached to a post <paramref name="readerId"/> (null: signed out) may see.</summary>
    Task<bool> IsAttachedToVisiblePostAsync(MediaRecord media, string? readerId);
}
