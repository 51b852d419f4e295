namespace Vrss.Grains.Posts;

/// <summary>A post row of the Memory provider: the post and, once deleted, when.</summary>
internal sealed record StoredPost(PostRecord Post, DateTimeOffset? DeletedAt);
