using System.Text.Json.Serialization;
using Vrss.GrainInterfaces.Posts;
using Vrss.WebFront.Social;

namespace Vrss.WebFront.Posts;

/// <summary>The <c>post</c> of API.md on the wire.</summary>
public sealed record PostShape(
    string Id,
    UserCardShape Author,
    string Type,
    string Content,
    IReadOnlyList<MediaShape> Media,
    PostVisibility Visibility,
    IReadOnlyDictionary<string, int> ReactionCounts,
    int CommentCount,
    DateTimeOffset CreatedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? UpdatedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ReactionType? MyReaction)
{
    /// <summary>The wire form of a post, with the signed-in reader's own reaction when given.</summary>
    public static PostShape From(PostView post, ReactionType? myReaction = null)
    {
        ArgumentNullException.ThrowIfNull(post);
        return new(
            post.Id,
            UserCardShape.From(post.Author),
            PostTypes.NameOf(post.Type),
            post.Content,
            [.. post.Media.Select(m => new MediaShape(m.Id, m.Url, m.Kind, m.ContentType))],
            post.Visibility,
            ReactionCountsShape.Of(post.ReactionCounts),
            post.CommentCount,
            post.CreatedAt,
            post.UpdatedAt,
            myReaction);
    }

    /// <summary>The wire form of a page of posts, with the reader's own reactions by post id when given.</summary>
    public static PageOutput<PostShape> Page(GrainInterfaces.Paging.Page<PostView> page, IReadOnlyDictionary<string, ReactionType>? myReactions = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new([.. page.Items.Select(p => From(p, myReactions is not null && myReactions.TryGetValue(p.Id, out var mine) ? mine : null))], page.NextCursor);
    }
}
