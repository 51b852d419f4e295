using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Notifications;
using Vrss.GrainInterfaces.Paging;
using Vrss.GrainInterfaces.Social;
using Vrss.GrainInterfaces.Users;
using Vrss.Grains.Social;

namespace Vrss.Grains.Users;

/// <summary>
/// Follow requests, for users who approve their followers (a locked account). This grain is the only one that turns
/// its requests into followers, so it alone counts them, as it counts every other follower; the requester's grain is
/// told afterwards and counts its own side. Only followers see followers-only posts and profiles, and a request is
/// not a follower until accepted.
/// </summary>
public sealed partial class UserGrain
{
    /// <inheritdoc />
    public async Task RespondFollowRequestAsync(string requesterId, bool accept)
    {
        ArgumentException.ThrowIfNullOrEmpty(requesterId);
        Existing();
        var answered = accept
            ? await AcceptFollowRequestAsync(requesterId)
            : await social.FollowRequests.RemoveAsync(requesterId, Id);
        if (!answered)
        {
            throw new VrssException(ErrorCode.ResourceNotFound, "follow request not found");
        }
    }

    /// <inheritdoc />
    public async Task FollowRequestAcceptedAsync(string followeeId, bool pulled)
    {
        ArgumentException.ThrowIfNullOrEmpty(followeeId);
        Existing();
        _following++;
        await social.FanOut.FollowedAsync(Id, followeeId, pulled);
    }

    // The followee's side of social.follow while this user approves followers: asking again, or asking while
    // following, stores nothing and notifies nobody.
    private async Task<FollowOutcome> RequestFollowAsync(string requesterId)
    {
        if (await social.FollowRequests.RequestAsync(requesterId, Id, time.GetUtcNow()))
        {
            await social.Events.PublishAsync(NotificationType.FollowRequest, Id, requesterId);
            return new FollowOutcome(Added: false, _pulled, Requested: true);
        }

        var following = await social.Follows.IsFollowingAsync(requesterId, Id);
        return new FollowOutcome(Added: false, _pulled, Requested: !following);
    }

    private async Task<bool> AcceptFollowRequestAsync(string requesterId)
    {
        if (!await social.FollowRequests.AcceptAsync(requesterId, Id, time.GetUtcNow()))
        {
            return false;
        }

        _followers++;
        FollowerAdded(requesterId);
        await SyncPullModeAsync();
        await GrainFactory.GetGrain<IFollowRequestsGrain>(requesterId).FollowRequestAcceptedAsync(Id, _pulled);
        return true;
    }

    // Turning approval off lets everyone waiting in, as Mastodon does: they asked to follow and nobody said no.
    // Each acceptance removes its request, so the first page is read again until it is empty.
    private async Task AcceptAllFollowRequestsAsync()
    {
        Page<FollowEdge> page;
        do
        {
            page = await social.FollowRequests.GetIncomingAsync(Id, null, PageLimit.Max);
            foreach (var request in page.Items)
            {
                await AcceptFollowRequestAsync(request.UserId);
            }
        }
        while (page.Items.Count > 0);
    }
}
