using Vrss.GrainInterfaces.Posts;
using Vrss.Grains.Social;

namespace Vrss.Grains.Users;

/// <summary>
/// The author's follower ids for fan-out, held by the author's grain so a post needs no query for them. Every
/// change of this user's followers passes through this grain (a new follower, a removed one, an accepted request),
/// which keeps the set right. Profile reads and followers-only post reads ask it too (<see cref="HasFollowerAsync"/>).
/// It is bounded: past the fan-out limit the author is pulled (merged into feeds at read time) and holds no set.
/// </summary>
public sealed partial class UserGrain
{
    private HashSet<string>? _followerIds;

    // Bumped by every follower change. Follower changes interleave with a load (they are [AlwaysInterleave]), so a
    // load that saw one happen is not kept: the set it read may have missed it.
    private long _followerChanges;

    /// <summary>The ids the new post fans out to, or null for "read them from the table" (see <see cref="PostCreation.FollowerIds"/>).</summary>
    private async Task<IReadOnlyList<string>?> FollowerIdsForFanOutAsync(PostVisibility visibility) =>
        visibility is PostVisibility.Private or PostVisibility.Connections || await FollowerSetAsync() is not { } set ? null : [.. set];

    /// <inheritdoc />
    public async Task<bool> HasFollowerAsync(string userId)
    {
        if (_account is null)
        {
            return false;
        }

        return await FollowerSetAsync() is { } set ? set.Contains(userId) : await social.Follows.IsFollowingAsync(userId, Id);
    }

    // The follower ids, loaded in pages on first need; null when this user is pulled (too many to hold) or when a
    // follower change interleaved with the load.
    private async Task<HashSet<string>?> FollowerSetAsync()
    {
        if (_pulled)
        {
            return null;
        }

        if (_followerIds is null)
        {
            var changes = _followerChanges;
            var loaded = new HashSet<string>(StringComparer.Ordinal);
            string? cursor = null;
            do
            {
                var page = await social.Follows.GetFollowerIdBatchAsync(Id, cursor, IFollowRepository.MaxFollowerBatch);
                loaded.UnionWith(page.Items);
                if (loaded.Count > social.FeedOptions.FanOutFollowerLimit)
                {
                    return null;
                }

                cursor = page.NextCursor;
            }
            while (cursor is not null);

            if (changes != _followerChanges || _pulled)
            {
                return null;
            }

            _followerIds ??= loaded;
        }

        return _followerIds;
    }

    private void FollowerAdded(string followerId)
    {
        _followerChanges++;
        if (_followerIds is not null && _followerIds.Add(followerId) && _followerIds.Count > social.FeedOptions.FanOutFollowerLimit)
        {
            _followerIds = null;
        }
    }

    private void FollowerRemoved(string followerId)
    {
        _followerChanges++;
        _followerIds?.Remove(followerId);
    }
}
