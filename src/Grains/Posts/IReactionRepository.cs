using Vrss.GrainInterfaces.Posts;

namespace Vrss.Grains.Posts;

/// <summary>Reactions: at most one per user per post, switchable and removable. Changes keep the post's reaction count.</summary>
public interface IReactionRepository
{
    /// <summary>Sets the user's reaction (adding or switching it); the reaction it replaced, or null when it is new.</summary>
    /// <exception cref="GrainInterfaces.Errors.VrssException">The post does not exist or was deleted (<c>POST_NOT_FOUND</c>).</exception>
    Task<ReactionType?> SetAsync(string postId, string userId, ReactionType reaction, DateTimeOffset at);

    /// <summary>Removes the user's reaction; the removed reaction, or null when there was none.</summary>
    Task<ReactionType?> RemoveAsync(string postId, string userId);

    /// <summary>The user's reaction to the post ("my reaction"), or null.</summary>
    Task<ReactionType?> GetAsync(string postId, string userId);

    /// <summary>The user's reactions to the posts among <paramref name="postIds"/> (at most 1000), by post id; posts without one are absent.</summary>
    Task<IReadOnlyDictionary<string, ReactionType>> GetManyAsync(string userId, IReadOnlyCollection<string> postIds);

    /// <summary>The post's reactions counted per type from the reactions table; types nobody chose are absent.</summary>
    Task<IReadOnlyDictionary<ReactionType, int>> CountAsync(string postId);
}
