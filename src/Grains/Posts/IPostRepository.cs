using Vrss.GrainInterfaces.Paging;
using Vrss.GrainInterfaces.Posts;

namespace Vrss.Grains.Posts;

/// <summary>
/// Posts and the queries over them. Every list applies <see cref="PostAudience"/> for the given reader and
/// leaves deleted posts out, and hidden authors' posts (suspended, or waiting for their purge) unless the reader is the
/// author, except <see cref="GetNewestByAuthorsAsync"/>; lists are paged by opaque cursors that stay correct while posts are added.
/// </summary>
public interface IPostRepository
{
    /// <summary>The most posts <see cref="GetNewestByAuthorsAsync"/> returns at once (a feed rebuild).</summary>
    const int MaxFeedBatch = 1000;

    /// <summary>The most authors <see cref="GetNewestByAuthorsAsync"/> accepts.</summary>
    const int MaxFeedAuthors = 50_000;

    /// <summary>Stores a post; false when the id is taken (nothing changes then).</summary>
    Task<bool> CreateAsync(NewPost post);

    /// <summary>The post, or null when it does not exist or was deleted. No visibility check: the Post grain applies it.</summary>
    Task<PostRecord?> GetAsync(string postId);

    /// <summary>The posts among <paramref name="postIds"/> (at most 1000) that exist and <paramref name="readerId"/> may see, newest first.</summary>
    Task<IReadOnlyList<PostRecord>> GetManyAsync(IReadOnlyCollection<string> postIds, string? readerId);

    /// <summary>Changes the content and/or visibility (null leaves it as it is); the updated post, or null when missing or deleted.</summary>
    Task<PostRecord?> UpdateAsync(string postId, string? content, PostVisibility? visibility, DateTimeOffset updatedAt);

    /// <summary>Marks the post deleted; true when it existed and was not deleted yet.</summary>
    Task<bool> DeleteAsync(string postId, DateTimeOffset deletedAt);

    /// <summary>The author's posts that <paramref name="readerId"/> (null: signed out) may see, newest first.</summary>
    Task<Page<PostRecord>> GetByAuthorAsync(string authorId, string? readerId, string? cursor, int limit);

    /// <summary>
    /// The newest posts of a set of authors that <paramref name="readerId"/> may see, merged newest first, in one
    /// query (the home feed: the reader and everyone they follow). <paramref name="limit"/> may be up to
    /// <see cref="MaxFeedBatch"/>. Hidden authors' posts are included: the feed's timeline keeps them so that they show
    /// again when the author is shown again, and the feed applies its silo's <c>HiddenAuthors</c> at read time.
    /// </summary>
    Task<Page<PostRecord>> GetNewestByAuthorsAsync(IReadOnlyCollection<string> authorIds, string readerId, string? cursor, int limit);

    /// <summary>Public posts ranked by recency and engagement (see <see cref="DiscoverScore"/>), best first.</summary>
    Task<Page<PostRecord>> GetDiscoverAsync(string? cursor, int limit);

    /// <summary>Posts containing every word of <paramref name="query"/> that <paramref name="readerId"/> may see, newest first.</summary>
    Task<Page<PostRecord>> SearchAsync(string query, string? readerId, string? cursor, int limit);

    /// <summary>How many posts the author has (not deleted), whatever their visibility.</summary>
    Task<int> CountByAuthorAsync(string authorId);

    /// <summary>Whether a live post of <paramref name="authorId"/> attaching <paramref name="mediaId"/> is visible to <paramref name="readerId"/> (null: signed out).</summary>
    Task<bool> IsMediaVisibleAsync(string authorId, string mediaId, string? readerId);

    /// <summary>Recounts the post's comments and reactions from their tables and stores the result; null when the post does not exist.</summary>
    Task<PostCounters?> RecountAsync(string postId);
}
