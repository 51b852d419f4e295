namespace Vrss.GrainInterfaces.Posts;

/// <summary>
/// One user's own reactions (keyed by the user id), as shown to them in <c>myReaction</c> on every page of posts.
/// It remembers what it has read and what the user has done since, so a warm page asks the database nothing; the post
/// grain tells it of every change before the change's call returns, and only it writes reactions, so the memory
/// cannot fall behind the table.
/// </summary>
public interface IOwnReactionsGrain : IGrainWithStringKey
{
    /// <summary>The user's reactions among <paramref name="postIds"/>, by post id; posts without one are absent.</summary>
    Task<IReadOnlyDictionary<string, ReactionType>> GetAsync(IReadOnlyCollection<string> postIds);

    /// <summary>The user's reaction to the post is now <paramref name="reaction"/> (null: removed).</summary>
    Task ChangedAsync(string postId, ReactionType? reaction);
}
