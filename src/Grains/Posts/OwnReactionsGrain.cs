using Orleans.Placement;
using Vrss.GrainInterfaces.Posts;

namespace Vrss.Grains.Posts;

/// <summary>
/// One user's own reactions, from memory where it can (see <see cref="IOwnReactionsGrain"/>). Not reentrant on
/// purpose: a read that goes to the database must not interleave with a change, or the older answer would overwrite
/// the newer reaction in memory.
/// </summary>
// Local: its callers are the web front and post grains of the silo that took the request.
[PreferLocalPlacement]
public sealed class OwnReactionsGrain(IReactionRepository reactions) : Grain, IOwnReactionsGrain
{
    // A few pages of a feed, a profile and a search each: enough for a member paging back and forth, small per active
    // user (about 100 bytes an entry).
    private const int Remembered = 500;

    private readonly OwnReactionMemo _memo = new(Remembered);

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, ReactionType>> GetAsync(IReadOnlyCollection<string> postIds)
    {
        ArgumentNullException.ThrowIfNull(postIds);
        var unknown = _memo.Unknown(postIds);
        if (unknown.Count > 0)
        {
            _memo.Learn(unknown, await reactions.GetManyAsync(this.GetPrimaryKeyString(), unknown));
        }

        return _memo.Reactions(postIds);
    }

    /// <inheritdoc />
    public Task ChangedAsync(string postId, ReactionType? reaction)
    {
        _memo.Set(postId, reaction);
        return Task.CompletedTask;
    }
}
