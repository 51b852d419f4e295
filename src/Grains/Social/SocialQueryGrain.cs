using Orleans.Concurrency;
using Vrss.GrainInterfaces.Blocks;
using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Paging;
using Vrss.GrainInterfaces.Posts;
using Vrss.GrainInterfaces.Social;
using Vrss.GrainInterfaces.Users;
using Vrss.Grains.HotReads;
using Vrss.Grains.Posts;
using Vrss.Grains.Users;

namespace Vrss.Grains.Social;

/// <summary>
/// Stateless reads of the social tables. Reentrant: it holds nothing a request could see half-changed, so it
/// serves any number of requests at once. Visibility is applied by the repositories' queries, and to follow
/// lists by the listed user's profile visibility.
/// </summary>
// Stateless: reads run on the silo that took the request instead of hopping to one activation elsewhere.
[StatelessWorker]
[Reentrant]
public sealed class SocialQueryGrain(
    IUserRepository users,
    IFollowRepository follows,
    IFollowRequestRepository followRequests,
    IConnectionRepository connections,
    IPostRepository posts,
    PostViews views,
    HotReadCache hot) : Grain, ISocialQueryGrain
{
    /// <inheritdoc />
    public async Task<UserCard?> FindUserAsync(string userId)
    {
        var cards = await views.FindCardsAsync([userId]);
        return cards.GetValueOrDefault(userId);
    }

    /// <inheritdoc />
    public async Task<Page<UserListEntry>> GetFollowersAsync(string userId, string? viewerId, string? cursor, int limit)
    {
        var hidden = await CheckListsVisibleAsync(userId, viewerId);
        var page = await follows.GetFollowersAsync(userId, cursor, limit);
        return await UnblockedEntriesAsync(page.Items.Select(e => e.UserId), page.NextCursor, viewerId, hidden);
    }

    /// <inheritdoc />
    public async Task<Page<UserListEntry>> GetFollowingAsync(string userId, string? viewerId, string? cursor, int limit)
    {
        var hidden = await CheckListsVisibleAsync(userId, viewerId);
        var page = await follows.GetFollowingAsync(userId, cursor, limit);
        return await UnblockedEntriesAsync(page.Items.Select(e => e.UserId), page.NextCursor, viewerId, hidden);
    }

    /// <inheritdoc />
    public async Task<Page<FollowRequestView>> GetFollowRequestsAsync(string userId, string? cursor, int limit)
    {
        var page = await followRequests.GetIncomingAsync(userId, cursor, limit);
        var cards = await views.CardsAsync(page.Items.Select(e => e.UserId));
        return new Page<FollowRequestView>([.. page.Items.Select(e => new FollowRequestView(cards[e.UserId], e.CreatedAt))], page.NextCursor);
    }

    /// <inheritdoc />
    public async Task<Page<UserListEntry>> GetConnectionsAsync(string userId, string? cursor, int limit)
    {
        // A block leaves the connection stored (unblocking brings it back) but hides it from both lists meanwhile.
        var page = await connections.GetConnectionsAsync(userId, cursor, limit);
        return await UnblockedEntriesAsync(page.Items.Select(e => e.UserId), page.NextCursor, userId, await HiddenAsync(userId));
    }

    /// <inheritdoc />
    public async Task<Page<ConnectionRequestView>> GetConnectionRequestsAsync(string userId, string? cursor, int limit)
    {
        var page = await connections.GetIncomingAsync(userId, cursor, limit);
        var cards = await views.CardsAsync(page.Items.SelectMany(r => new[] { r.FromUserId, r.ToUserId }));
        return new Page<ConnectionRequestView>([.. page.Items.Select(r => ConnectionViews.Of(r, cards))], page.NextCursor);
    }

    /// <inheritdoc />
    public async Task<Page<ConnectionRequestView>> GetOutgoingConnectionRequestsAsync(string userId, string? cursor, int limit)
    {
        var page = await connections.GetOutgoingAsync(userId, cursor, limit);
        var cards = await views.CardsAsync(page.Items.SelectMany(r => new[] { r.FromUserId, r.ToUserId }));
        return new Page<ConnectionRequestView>([.. page.Items.Select(r => ConnectionViews.Of(r, cards))], page.NextCursor);
    }

    /// <inheritdoc />
    public async Task<Page<PostView>> GetPostsByAuthorAsync(string authorId, string? readerId, string? cursor, int limit)
    {
        var hidden = await HiddenAsync(readerId);
        if (hidden.BlockedBy.Contains(authorId))
        {
            // The author blocks the reader: to them the author does not exist.
            throw new VrssException(ErrorCode.UserNotFound, "user not found");
        }

        var page = await posts.GetByAuthorAsync(authorId, readerId, cursor, limit);
        return hidden.Blocking.Contains(authorId) ? new Page<PostView>([], null) : await ViewsAsync(page);
    }

    /// <inheritdoc />
    public async Task<Page<PostView>> GetDiscoverFeedAsync(string? viewerId, string? cursor, int limit) =>
        await ViewsAsync(await posts.GetDiscoverAsync(cursor, limit), await HiddenAsync(viewerId));

    /// <inheritdoc />
    public async Task<Page<PostView>> SearchPostsAsync(string query, string? readerId, string? cursor, int limit) =>
        await ViewsAsync(await posts.SearchAsync(query, readerId, cursor, limit), await HiddenAsync(readerId));

    /// <inheritdoc />
    public async Task<IReadOnlyList<UserListEntry>> SearchUsersAsync(string query, string? viewerId, int limit)
    {
        var hidden = await HiddenAsync(viewerId);
        var found = (await users.SearchAsync(query, limit)).Where(c => !hidden.IsBlockedWith(c.Id)).ToList();
        var followed = await FollowedAsync(viewerId, found.Select(c => c.Id).ToList());
        return [.. found.Select(c => new UserListEntry(c, IsFollowing(viewerId, c.Id, followed)))];
    }

    // Who follows whom is part of the profile: the lists are shown exactly to those who see the full profile,
    // decided by the User grain's own rule (its settings live there), so both answers always agree. A user who blocks
    // the viewer does not exist for them, as in user.getProfile. Answers what the viewer's reads hide.
    private async Task<BlockSnapshot> CheckListsVisibleAsync(string userId, string? viewerId)
    {
        var hidden = HiddenAsync(viewerId);
        var profile = await GrainFactory.GetGrain<IUserGrain>(userId).ViewProfileAsync(viewerId);
        // A suspended or leaving account's profile is gone for others (user.getProfile answers 404), so are its lists.
        if ((await hidden).BlockedBy.Contains(userId) || hot.HiddenAuthors.Hides(userId, viewerId))
        {
            throw new VrssException(ErrorCode.UserNotFound, "user not found");
        }

        if (profile.Full is null)
        {
            throw new VrssException(ErrorCode.Forbidden, "This user's followers and follows are visible only to those who may see their profile.");
        }

        return await hidden;
    }

    // Users blocked either way with the viewer, and suspended or leaving accounts, leave the lists the viewer reads;
    // the cursor stays the stored page's, so a page may hold fewer than asked.
    private async Task<Page<UserListEntry>> UnblockedEntriesAsync(IEnumerable<string> userIds, string? nextCursor, string? viewerId, BlockSnapshot hidden) =>
        new(await EntriesAsync([.. userIds.Where(id => !hidden.IsBlockedWith(id) && !hot.HiddenAuthors.Hides(id, viewerId))], viewerId), nextCursor);

    private async Task<Page<PostView>> ViewsAsync(Page<PostRecord> page, BlockSnapshot? hidden = null) =>
        new(await views.BuildAsync(hidden is null || hidden.IsEmpty ? page.Items : [.. page.Items.Where(p => !hidden.Hides(p.AuthorId))]), page.NextCursor);

    // One call per request, answered from the reader's block list grain's memory; nothing is hidden from a signed-out reader.
    private Task<BlockSnapshot> HiddenAsync(string? readerId) =>
        readerId is null ? Task.FromResult(BlockSnapshot.Empty) : GrainFactory.GetGrain<IBlockListGrain>(readerId).GetSnapshotAsync();

    private async Task<IReadOnlyList<UserListEntry>> EntriesAsync(IReadOnlyList<string> userIds, string? viewerId)
    {
        var cards = await views.CardsAsync(userIds);
        var followed = await FollowedAsync(viewerId, userIds);
        return [.. userIds.Select(id => new UserListEntry(cards[id], IsFollowing(viewerId, id, followed)))];
    }

    private async Task<IReadOnlySet<string>> FollowedAsync(string? viewerId, IReadOnlyCollection<string> userIds) =>
        viewerId is null || userIds.Count == 0 ? new HashSet<string>() : await follows.GetFollowedAmongAsync(viewerId, userIds);

    private static bool? IsFollowing(string? viewerId, string userId, IReadOnlySet<string> followed) =>
        viewerId is null || string.Equals(viewerId, userId, StringComparison.Ordinal) ? null : followed.Contains(userId);
}
