using System.Collections.Concurrent;

namespace Vrss.Grains.Feeds;

/// <summary>The feeds active on this silo, by user id: what fan-out delivers to (see <see cref="ActiveFeed"/>).</summary>
internal sealed class ActiveFeeds
{
    private readonly ConcurrentDictionary<string, ActiveFeed> _feeds = new(StringComparer.Ordinal);

    public void Add(ActiveFeed feed) => _feeds[feed.UserId] = feed;

    // Only the feed that registered leaves: a later activation of the same user may have replaced it.
    public void Remove(ActiveFeed feed) => _feeds.TryRemove(new KeyValuePair<string, ActiveFeed>(feed.UserId, feed));

    public bool TryGet(string userId, out ActiveFeed feed) => _feeds.TryGetValue(userId, out feed!);
}
