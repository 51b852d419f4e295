using Vrss.GrainInterfaces.Posts;

namespace Vrss.Grains.Posts;

/// <summary>
/// Posts, comments and reactions of the Memory provider, under one <see cref="Gate"/> because adding a comment
/// or a reaction also changes the post's counters (one statement in Postgres). When the follow table is also
/// needed (visibility), take this gate first, then the follow table's.
/// </summary>
internal sealed class MemoryPostTables
{
    public Lock Gate { get; } = new();

    public Dictionary<string, StoredPost> Posts { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, CommentRecord> Comments { get; } = new(StringComparer.Ordinal);

    public Dictionary<(string PostId, string UserId), ReactionType> Reactions { get; } = [];

    /// <summary>The post if it exists and is not deleted; the caller holds <see cref="Gate"/>.</summary>
    public PostRecord? Alive(string postId) =>
        Posts.TryGetValue(postId, out var stored) && stored.DeletedAt is null ? stored.Post : null;

    /// <summary>Adds <paramref name="comments"/> and <paramref name="reactions"/> to the post's counters; the caller holds <see cref="Gate"/>.</summary>
    public void Count(string postId, int comments, int reactions)
    {
        if (Posts.TryGetValue(postId, out var stored))
        {
            Posts[postId] = stored with
            {
                Post = stored.Post with
                {
                    CommentCount = stored.Post.CommentCount + comments,
                    ReactionCount = stored.Post.ReactionCount + reactions,
                },
            };
        }
    }
}
