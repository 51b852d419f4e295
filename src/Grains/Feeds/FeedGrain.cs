using Microsoft.Extensions.Options;
using Vrss.GrainInterfaces.Feeds;
using Vrss.GrainInterfaces.Paging;
using Vrss.GrainInterfaces.Posts;
using Vrss.Grains.Data;
using Vrss.Grains.Delivery;
using Vrss.Grains.Posts;
using Vrss.Grains.Social;

namespace Vrss.Grains.Feeds;

/// <summary>
/// One user's home feed. The timeline (post ids, authors and times, at most <see cref="FeedOptions.MaxItems"/>)
/// is rebuilt from the tables on activation and then kept by fan-out; pulled authors (very large accounts) are
/// merged in at read time. A read re-checks every post's deletion and visibility in one query per batch, so a
/// post deleted or hidden since it was delivered never shows. Pages are keyset pages over (time, id): a cursor
/// stays exact while new posts arrive.
/// </summary>
public sealed class FeedGrain(
    IFollowRepository follows,
    IPullAuthorRepository pullAuthors,
    IPostRepository posts,
    PostViews views,
    IOptions<FeedOptions> options,
    LocalActivations<FeedGrain> active,
    TimeProvider time) : Grain, IFeedGrain
{
    private readonly FeedTimeline _timeline = new(Math.Max(1, options.Value.MaxItems));
    private readonly HashSet<string> _followees = new(StringComparer.Ordinal);
    private readonly HashSet<string> _pulled = new(StringComparer.Ordinal);
    private DateTimeOffset _lastRead;

    private string UserId => this.GetPrimaryKeyString();

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Registered before the timeline is read: a post fanned out meanwhile waits for the activation to finish
        // (Orleans queues calls to an activating grain) instead of being missed by both the read and the fan-out.
        active.Add(UserId);
        _lastRead = time.GetUtcNow();
        _followees.UnionWith(await follows.GetFolloweeIdsAsync(UserId));
        _pulled.UnionWith((await pullAuthors.GetFollowedAsync(UserId)).Where(_followees.Contains));
        var pushed = _followees.Where(f => !_pulled.Contains(f)).Take(IPostRepository.MaxFeedAuthors - 1).Append(UserId).ToList();
        var (entries, complete) = await NewestAsync(pushed, options.Value.MaxItems);
        _timeline.Reset(entries, complete);
    }

    /// <inheritdoc />
    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        active.Remove(UserId);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task<Page<PostView>> GetPageAsync(string? cursor, int limit)
    {
        Guard.Limit(limit, PageLimit.Max);
        _lastRead = time.GetUtcNow();
        var position = TimeCursor.Parse(cursor, TimeCursor.Newest);
        var pulled = _pulled.ToList();
        var found = new List<PostRecord>(limit + 1);
        while (found.Count <= limit)
        {
            var batchSize = Math.Min(Guard.MaxIds, ((limit + 1 - found.Count) * 2) + 8);

            // Posts from the timeline, re-checked against the tables in one query.
            var local = _timeline.Before(position, batchSize);
            var visible = local.Count == 0 ? [] : await posts.GetManyAsync([.. local.Select(e => e.PostId)], UserId);

            // Posts of pulled authors, read (with their visibility) in one query, within the feed's window.
            IReadOnlyList<PostRecord> merged = [];
            var mergedFull = false;
            if (pulled.Count > 0)
            {
                var page = await posts.GetNewestByAuthorsAsync(pulled, UserId, position.Encode(), batchSize);
                merged = [.. page.Items.Where(p => _timeline.InWindow(p.CreatedAt, p.Id))];
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

                found.Add(post);
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
        var own = string.Equals(entry.AuthorId, UserId, StringComparison.Ordinal);
        if ((own || _followees.Contains(entry.AuthorId)) && !_pulled.Contains(entry.AuthorId) && _timeline.Add(entry))
        {
            FeedMetrics.Delivered.Add(1);
        }

        // Fan-out goes to recently active users only: a feed nobody reads stops taking it and rebuilds later.
        if (time.GetUtcNow() - _lastRead > options.Value.InactiveAfter)
        {
            DeactivateOnIdle();
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task RemovePostAsync(string postId)
    {
        _timeline.RemovePost(postId);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task FollowedAsync(string authorId, bool pulled)
    {
        if (string.Equals(authorId, UserId, StringComparison.Ordinal) || (!_followees.Add(authorId) && _pulled.Contains(authorId) == pulled))
        {
            return;
        }

        await ApplyModeAsync(authorId, pulled);
    }

    /// <inheritdoc />
    public Task UnfollowedAsync(string authorId)
    {
        _followees.Remove(authorId);
        _pulled.Remove(authorId);
        _timeline.RemoveAuthor(authorId);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task AuthorModeChangedAsync(string authorId, bool pulled) =>
        _followees.Contains(authorId) && _pulled.Contains(authorId) != pulled ? ApplyModeAsync(authorId, pulled) : Task.CompletedTask;

    private async Task ApplyModeAsync(string authorId, bool pulled)
    {
        if (pulled)
        {
            // Read at read time from now on; the copies in the timeline would only take up room.
            _pulled.Add(authorId);
            _timeline.RemoveAuthor(authorId);
            return;
        }

        _pulled.Remove(authorId);
        var (entries, _) = await NewestAsync([authorId], options.Value.MaxItems);
        foreach (var entry in entries)
        {
            _timeline.Add(entry);
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

    private static int Compare(TimeCursor a, TimeCursor b) => MemoryKeyset.Compare(a.At, a.Id, b.At, b.Id);
}
