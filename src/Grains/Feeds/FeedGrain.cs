using Microsoft.Extensions.Options;
using Vrss.GrainInterfaces.Blocks;
using Vrss.GrainInterfaces.Feeds;
using Vrss.GrainInterfaces.Paging;
using Vrss.GrainInterfaces.Posts;
using Vrss.Grains.Data;
using Vrss.Grains.HotReads;
using Vrss.Grains.Posts;
using Vrss.Grains.Social;

namespace Vrss.Grains.Feeds;

/// <summary>
/// One user's home feed. The timeline (post ids, authors and times, at most <see cref="FeedOptions.MaxItems"/>)
/// is rebuilt from the tables on activation and then kept by fan-out; pulled authors (very large accounts) are
/// merged in at read time. A read takes the posts from the silo's <see cref="HotReadCache"/> (which every post's grain
/// keeps up to date before its writes answer) and applies <see cref="PostReadRule"/> with the followees held here, so a
/// post deleted or hidden since it was delivered never shows, and an active feed's read runs no query; posts the
/// silo does not hold yet are read in one query per batch and kept. Pages are keyset pages over (time, id): a cursor
/// stays exact while new posts arrive.
/// </summary>
internal sealed class FeedGrain(
    IFollowRepository follows,
    IPullAuthorRepository pullAuthors,
    IPostRepository posts,
    PostViews views,
    HotReadCache hot,
    IOptions<FeedOptions> options,
    ActiveFeeds active,
    TimeProvider time) : Grain, IFeedGrain
{
    private ActiveFeed? _feed;

    private string UserId => this.GetPrimaryKeyString();

    private ActiveFeed Feed => _feed ?? throw new InvalidOperationException("The feed is not activated.");

    /// <inheritdoc />
    public override Task OnActivateAsync(CancellationToken cancellationToken) => LoadAsync();

    /// <inheritdoc />
    public Task RebuildAsync()
    {
        if (_feed is not null)
        {
            active.Remove(_feed);
        }

        return LoadAsync();
    }

    private async Task LoadAsync()
    {
        // Registered before the timeline is read: what fan-out delivers meanwhile is kept and replayed on top of the
        // read, instead of being missed by both.
        _feed = new ActiveFeed(UserId, Math.Max(1, options.Value.MaxItems));
        active.Add(_feed);
        var followees = (await follows.GetFolloweeIdsAsync(UserId)).ToHashSet(StringComparer.Ordinal);
        var pulled = (await pullAuthors.GetFollowedAsync(UserId)).Where(followees.Contains).ToList();
        var pushed = followees.Where(f => !pulled.Contains(f)).Take(IPostRepository.MaxFeedAuthors - 1).Append(UserId).ToList();
        var (entries, complete) = await NewestAsync(pushed, options.Value.MaxItems);
        _feed.Load(followees, pulled, entries, complete, time.GetUtcNow());
    }

    /// <inheritdoc />
    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_feed is not null)
        {
            active.Remove(_feed);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task<Page<PostView>> GetPageAsync(string? cursor, int limit)
    {
        Guard.Limit(limit, PageLimit.Max);
        var position = TimeCursor.Parse(cursor, TimeCursor.Newest);
        var pulled = Feed.BeginRead(time.GetUtcNow());

        // Authors the user blocks, is blocked by or mutes: their posts stay in the timeline (a mute keeps the follow)
        // but never show; one call per page, answered from the block list grain's memory.
        var hidden = await GrainFactory.GetGrain<IBlockListGrain>(UserId).GetSnapshotAsync();
        var found = new List<PostRecord>(limit + 1);
        while (found.Count <= limit)
        {
            var batchSize = Math.Min(Guard.MaxIds, ((limit + 1 - found.Count) * 2) + 8);

            // Posts from the timeline, re-checked against the tables in one query.
            var local = Feed.Before(position, batchSize);
            var visible = local.Count == 0 ? [] : await VisibleAsync(local);

            // Posts of pulled authors, read (with their visibility) in one query, within the feed's window.
            IReadOnlyList<PostRecord> merged = [];
            var mergedFull = false;
            if (pulled.Count > 0)
            {
                var page = await posts.GetNewestByAuthorsAsync(pulled, UserId, position.Encode(), batchSize);
                merged = [.. page.Items.Where(p => Feed.InWindow(p.CreatedAt, p.Id))];
                mergedFull = page.NextCursor is not null && merged.Count == page.Items.Count;
            }

            // Past the older of the two batches' ends, one source may hold posts the other batch did not reach:
            // only posts down to the newer of the two ends are in their final order.
            TimeCursor? boundary = local.Count == batchSize ? FeedTimeline.KeyOf(local[^1]) : null;
            if (mergedFull)
            {
                var end = new TimeCursor(merged[^1].CreatedAt, merged[^1].Id);
                boundary = boundary is not { } b || Compare(end, b) > 0 ? end : b;
            }

            foreach (var post in visible.Concat(merged).DistinctBy(p => p.Id, StringComparer.Ordinal)
                .OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id, StringComparer.Ordinal))
            {
                if ((boundary is { } stop && Compare(new TimeCursor(post.CreatedAt, post.Id), stop) < 0) || found.Count > limit)
                {
                    break;
                }

                // Hidden authors' posts stay in the timeline (they show again when the author is shown again) and
                // come unfiltered from the pulled authors' query: the silo's set decides, from memory.
                if (!hidden.Hides(post.AuthorId) && !hot.HiddenAuthors.Hides(post.AuthorId, UserId))
                {
                    found.Add(post);
                }
            }

            if (boundary is not { } next)
            {
                break;
            }

            position = next;
        }

        var shown = found.Take(limit).ToList();
        var nextCursor = found.Count > limit ? new TimeCursor(shown[^1].CreatedAt, shown[^1].Id).Encode() : null;
        return new Page<PostView>(await views.BuildAsync(shown), nextCursor);
    }

    /// <inheritdoc />
    public Task AddPostAsync(FeedEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (Feed.TryAdd(entry))
        {
            FeedMetrics.Delivered.Add(1);
        }

        // Fan-out goes to recently active users only: a feed nobody reads stops taking it and rebuilds later.
        if (Feed.IsIdle(time.GetUtcNow(), options.Value.InactiveAfter))
        {
            DeactivateOnIdle();
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task RemovePostAsync(string postId)
    {
        Feed.Remove(postId);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task FollowedAsync(string authorId, bool pulled)
    {
        var changed = Feed.Change((_, followees, pulledAuthors) =>
            !string.Equals(authorId, UserId, StringComparison.Ordinal) && (followees.Add(authorId) || pulledAuthors.Contains(authorId) != pulled));
        if (changed)
        {
            await ApplyModeAsync(authorId, pulled);
        }
    }

    /// <inheritdoc />
    public Task UnfollowedAsync(string authorId)
    {
        Feed.Change((timeline, followees, pulled) =>
        {
            followees.Remove(authorId);
            pulled.Remove(authorId);
            return timeline.RemoveAuthor(authorId);
        });
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task AuthorModeChangedAsync(string authorId, bool pulled) =>
        Feed.Change((_, followees, pulledAuthors) => followees.Contains(authorId) && pulledAuthors.Contains(authorId) != pulled)
            ? ApplyModeAsync(authorId, pulled)
            : Task.CompletedTask;

    private async Task ApplyModeAsync(string authorId, bool pulled)
    {
        if (pulled)
        {
            // Read at read time from now on; the copies in the timeline would only take up room.
            Feed.Change((timeline, _, pulledAuthors) => pulledAuthors.Add(authorId) && timeline.RemoveAuthor(authorId) >= 0);
            return;
        }

        Feed.Change((_, _, pulledAuthors) => pulledAuthors.Remove(authorId));
        var (entries, _) = await NewestAsync([authorId], options.Value.MaxItems);
        foreach (var entry in entries)
        {
            Feed.TryAdd(entry);
        }
    }

    // The newest posts of the authors that this user may see, up to max, newest first; complete says whether
    // that is all of them.
    private async Task<(List<FeedEntry> Entries, bool Complete)> NewestAsync(IReadOnlyCollection<string> authorIds, int max)
    {
        var entries = new List<FeedEntry>();
        string? cursor = null;
        while (entries.Count < max)
        {
            var page = await posts.GetNewestByAuthorsAsync(authorIds, UserId, cursor, Math.Min(IPostRepository.MaxFeedBatch, max - entries.Count));
            entries.AddRange(page.Items.Select(p => new FeedEntry(p.Id, p.AuthorId, p.CreatedAt)));
            if (page.NextCursor is null)
            {
                return (entries, true);
            }

            cursor = page.NextCursor;
        }

        return (entries, false);
    }

    // The timeline's posts this user may see now: from the silo's copies, and the rest from the tables in one query.
    private async Task<IReadOnlyList<PostRecord>> VisibleAsync(List<FeedEntry> entries)
    {
        var visible = new List<PostRecord>(entries.Count);
        List<string>? missing = null;
        foreach (var entry in entries)
        {
            // A feed does not hold its owner's connections: a connections post of someone else is checked by the
            // query, which knows them (such posts are few).
            if (!hot.Posts.TryGet(entry.PostId, out var post)
                || (post.Visibility == PostVisibility.Connections && !string.Equals(post.AuthorId, UserId, StringComparison.Ordinal)))
            {
                (missing ??= []).Add(entry.PostId);
            }
            else if (PostReadRule.MaySee(post, new PostReader(UserId, Feed.Follows(post.AuthorId)), hot.HiddenAuthors))
            {
                visible.Add(post);
            }
        }

        if (missing is not null)
        {
            var readAt = hot.Posts.Version;
            foreach (var post in await posts.GetManyAsync(missing, UserId))
            {
                hot.Posts.Fill(post.Id, post, readAt);
                visible.Add(post);
            }
        }

        return visible;
    }

    private static int Compare(TimeCursor a, TimeCursor b) => MemoryKeyset.Compare(a.At, a.Id, b.At, b.Id);
}
