using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Vrss.GrainInterfaces.Media;
using Vrss.Grains.Media;
using Vrss.Grains.Media.Storage;
using Vrss.TestingHost;

namespace Vrss.Social.Tests;

/// <summary>
/// Media records as the media feature leaves them (the social tests need uploads in a given state, not the upload
/// flow itself), and a Local media store so media have URLs.
/// </summary>
public static class MediaFixtures
{
    /// <summary>Registers the Local media store on every silo unless the product already registers one.</summary>
    public static void UseLocalMediaStore(TestClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var folder = Path.Combine(Path.GetTempPath(), "vrss-social-media-" + Guid.NewGuid().ToString("N"));
        options.ConfigureServices(services =>
        {
            services.Configure<MediaOptions>(m => m.Local.DataPath = folder);
            services.TryAddSingleton<IMediaStore, LocalMediaStore>();
        });
    }

    /// <summary>Stores a media record of <paramref name="ownerId"/> in the given state.</summary>
    public static async Task<MediaRecord> AddAsync(IMediaRepository media, string ownerId, MediaKind kind, MediaStatus status)
    {
        ArgumentNullException.ThrowIfNull(media);
        var id = Guid.CreateVersion7().ToString("N");
        var now = DateTimeOffset.UtcNow;
        var record = new MediaRecord(id, ownerId, "file.bin", kind == MediaKind.Image ? "image/png" : "video/mp4", kind, 1000,
            $"media/{ownerId}/{id}/file.bin", status, now, now.AddHours(1), status == MediaStatus.Completed ? now : null);
        Assert.True(await media.CreateAsync(record));
        return record;
    }
}
