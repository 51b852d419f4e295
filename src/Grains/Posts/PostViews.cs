using Vrss.GrainInterfaces.Posts;
using Vrss.GrainInterfaces.Users;
using Vrss.Grains.Media;
using Vrss.Grains.Users;

namespace Vrss.Grains.Posts;

/// <summary>
/// Turns stored posts into what readers see, a whole page at a time: one query for the authors' cards and, when
/// the page has media, one for the media. Callers have already applied deletion and visibility.
/// </summary>
public sealed class PostViews(IUserRepository users, IMediaRepository media, MediaLinks links)
{
    /// <summary>The views of <paramref name="posts"/>, in the same order.</summary>
    public async Task<IReadOnlyList<PostView>> BuildAsync(IReadOnlyList<PostRecord> posts)
    {
        ArgumentNullException.ThrowIfNull(posts);
        if (posts.Count == 0)
        {
            return [];
        }

        var cards = await CardsAsync(posts.Select(p => p.AuthorId)).ConfigureAwait(false);
        var mediaIds = posts.SelectMany(p => p.MediaIds).Distinct(StringComparer.Ordinal).ToList();
        var stored = mediaIds.Count == 0
            ? new Dictionary<string, MediaRecord>(StringComparer.Ordinal)
            : (await media.GetManyAsync(mediaIds).ConfigureAwait(false)).ToDictionary(m => m.Id, StringComparer.Ordinal);
        return [.. posts.Select(p => new PostView(
            p.Id,
            cards[p.AuthorId],
            p.Type,
            p.Content,
            [.. p.MediaIds.Where(stored.ContainsKey).Select(id => stored[id]).Select(m => new PostMedia(m.Id, links.UrlOf(m), m.Kind, m.ContentType))],
            p.Visibility,
            p.ReactionCounts,
            p.CommentCount,
            p.CreatedAt,
            p.UpdatedAt))];
    }

    /// <summary>The view of one post.</summary>
    public async Task<PostView> BuildAsync(PostRecord post) => (await BuildAsync([post]).ConfigureAwait(false))[0];

    /// <summary>The cards of <paramref name="userIds"/> by id; a user without an account gets a placeholder card.</summary>
    public async Task<IReadOnlyDictionary<string, UserCard>> CardsAsync(IEnumerable<string> userIds)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        var ids = userIds.Distinct(StringComparer.Ordinal).ToList();
        var cards = new Dictionary<string, UserCard>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(1000))
        {
            foreach (var card in await users.GetCardsAsync(chunk).ConfigureAwait(false))
            {
                cards[card.Id] = card;
            }
        }

        foreach (var missing in ids.Where(id => !cards.ContainsKey(id)))
        {
            cards[missing] = new UserCard(missing, "", "Unknown user", null);
        }

        return cards;
    }
}
