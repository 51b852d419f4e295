using Orleans.Concurrency;

namespace Vrss.GrainInterfaces.Social;

/// <summary>
/// Who follows one account, keyed by its user id (the same activation as its <c>IUserGrain</c>, which holds the
/// follower ids for fan-out and is the only writer of its follower edges). Readers of a followers-only post ask it
/// instead of the follows table.
/// </summary>
public interface IFollowerSetGrain : IGrainWithStringKey
{
    /// <summary>
    /// Whether <paramref name="userId"/> follows this account. Interleaves with everything: it is asked while the
    /// account's own calls wait on its posts (mentions check their readers), and it changes nothing but a cache.
    /// </summary>
    [AlwaysInterleave]
    Task<bool> HasFollowerAsync(string userId);
}
