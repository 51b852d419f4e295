using Orleans.Concurrency;
using Vrss.GrainInterfaces.Media;
using Vrss.GrainInterfaces.Users;
using Vrss.Grains.HotReads;
using Vrss.Grains.Media.Storage;
using Vrss.Grains.Posts;

namespace Vrss.Grains.Media;

/// <inheritdoc cref="IMediaAccessGrain" />
[StatelessWorker]
[Reentrant]
public sealed class MediaAccessGrain(IMediaRepository media, IMediaStore store, IPostRepository posts, HotReadCache reads) : Grain, IMediaAccessGrain
{
    /// <inheritdoc />
    public async Task<ReadableMedia?> FindReadableAsync(string ownerId, string mediaId, string filename, string? readerId)
    {
        var record = await media.GetAsync(mediaId);
        if (record is null || record.Status != MediaStatus.Completed || record.OwnerId != ownerId
            || record.StorageKey != MediaKeys.For(ownerId, mediaId, filename)
            || !await CanReadAsync(record, readerId))
        {
            return null;
        }

        return new ReadableMedia(record.StorageKey, record.ContentType, record.Filename);
    }

    // The owner always; others when the media is the owner's avatar or banner (profile cards are public), or is
    // attached to a live post the reader may see, and never while the owner is suspended or leaving (their profile and
    // posts are hidden; this silo's hidden authors know both without a call).
    private async Task<bool> CanReadAsync(MediaRecord record, string? readerId)
    {
        if (readerId == record.OwnerId)
        {
            return true;
        }

        if (reads.HiddenAuthors.Hides(record.OwnerId, readerId))
        {
            return false;
        }

        var url = store.GetReadUrl(record.StorageKey);
        var profile = await GrainFactory.GetGrain<IUserGrain>(record.OwnerId).GetProfileAsync();
        return profile.AvatarUrl == url || profile.BannerUrl == url
            || await posts.IsMediaVisibleAsync(record.OwnerId, record.Id, readerId);
    }
}
