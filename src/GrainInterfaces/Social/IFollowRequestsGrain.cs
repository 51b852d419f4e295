using Orleans.Concurrency;

namespace Vrss.GrainInterfaces.Social;

/// <summary>
/// The follow requests of one account, keyed by its user id (the same activation as its <c>IUserGrain</c>, which
/// owns the follower and following counts these change). Only the addressee answers its requests: every call acts
/// on requests addressed to the grain's own user, so no caller can answer another user's requests.
/// </summary>
public interface IFollowRequestsGrain : IGrainWithStringKey
{
    /// <summary>
    /// Accepts (the requester becomes a follower) or rejects the pending request of <paramref name="requesterId"/> to
    /// this user; <c>ResourceNotFound</c> when there is none (never asked, withdrawn, or already answered).
    /// </summary>
    Task RespondFollowRequestAsync(string requesterId, bool accept);

    /// <summary>
    /// Tells the requester's grain that <paramref name="followeeId"/> accepted its request: it counts the follow and
    /// brings the followee's posts into its home feed. Interleaves, so two users accepting each other at once cannot deadlock.
    /// </summary>
    [AlwaysInterleave]
    Task FollowRequestAcceptedAsync(string followeeId, bool pulled);
}
