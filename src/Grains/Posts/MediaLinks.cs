using Microsoft.Extensions.DependencyInjection;
using Vrss.Grains.Media;
using Vrss.Grains.Media.Storage;

namespace Vrss.Grains.Posts;

/// <summary>
/// Turns stored media into the URLs readers fetch them from, through the configured <see cref="IMediaStore"/>.
/// The store is registered by the media feature; a silo without one shows media without a URL.
/// </summary>
public sealed class MediaLinks(IServiceProvider services)
{
    private readonly Lazy<IMediaStore?> _store = new(services.GetService<IMediaStore>);

    /// <summary>The read URL of the medium, or null when no media store is configured.</summary>
    public string? UrlOf(MediaRecord media)
    {
        ArgumentNullException.ThrowIfNull(media);
        return _store.Value?.GetReadUrl(media.StorageKey);
    }
}
