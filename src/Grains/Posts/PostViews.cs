using Vrss.GrainInterfaces.Media;
using Vrss.GrainInterfaces.Posts;
using Vrss.GrainInterfaces.Users;
using Vrss.Grains.HotReads;
using Vrss.Grains.Media;
using Vrss.Grains.Users;

namespace Vrss.Grains.Posts;

/// <summary>
/// Turns stored posts into what readers see, a whole page at a time. The authors' cards and the media come from the
/// silo's <see cref="HotReadCache"/>; what it lacks is read in one query each (cards, media) and kept there. Callers have
/// already applied deletion and visibility.
/// </summary>
public sealed class PostViews(IUserRepository users, IMediaRepository media, MediaLinks links, HotReadCache hot)
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
        var stored = await MediaAsync(posts).ConfigureAwait(false);
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
        var cards = await FindCardsAsync(ids).ConfigureAwait(false);
        foreach (var missing in ids.Where(id => !cards.ContainsKey(id)))
        {
            cards[missing] = new UserCard(missing, "", "Unknown user", null);
        }

        return cards;
    }

    /// <summary>The cards of those of <paramref name="userIds"/> that have an account, by id.</summary>
    public async Task<Dictionary<string, UserCard>> FindCardsAsync(IReadOnlyCollection<string> userIds)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        var cards = new Dictionary<string, UserCard>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var id in userIds)
        {
            if (hot.Cards.TryGet(id, out var card))
            {
                cards[id] = card;
            }
            else
            {
                missing.Add(id);
            }
        }

        foreach (var chunk in missing.Chunk(1000))
        {
            var readAt = hot.Cards.Version;
            foreach (var card in await users.GetCardsAsync(chunk).ConfigureAwait(false))
            {
                cards[card.Id] = card;
                hot.Cards.Fill(card.Id, card, readAt);
            }
        }

        return cards;
    }

    // Completed media do not change until deleted (which is announced); only those are kept.
    private async Task<Dictionary<string, MediaRecord>> MediaAsync(IReadOnlyList<PostRecord> posts)
    {
        var found = new Dictionary<string, MediaRecord>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var id in posts.SelectMany(p => p.MediaIds).Distinct(StringComparer.Ordinal))
        {
            if (hot.Media.TryGet(id, out var medium))
            {
                found[id] = medium;
            }
            else
            {
                missing.Add(id);
            }
        }

        if (missing.Count > 0)
        {
            var readAt = hot.Media.Version;
            foreach (var medium in await media.GetManyAsync(missing).ConfigureAwait(false))
            {
                found[medium.Id] = medium;
                if (medium.Status == MediaStatus.Completed)
                {
                    hot.Media.Fill(medium.Id, medium, readAt);
                }
            }
        }

        return found;
    }
}
