namespace Vrss.Grains.Accounts;

/// <summary>
/// What the account lifecycle reads and removes across the product's tables: what a purge must undo through the
/// owning grains (so counters stay right), and then every row left that belongs to or names the account.
/// </summary>
public interface IAccountDataRepository
{
    /// <summary>The ids of the user's posts that are not deleted.</summary>
    Task<IReadOnlyList<string>> ListPostIdsAsync(string userId);

    /// <summary>The user's comments on other users' posts.</summary>
    Task<IReadOnlyList<CommentRef>> ListCommentsOnOthersAsync(string userId);

    /// <summary>The user's reactions.</summary>
    Task<IReadOnlyList<ReactionRef>> ListReactionsAsync(string userId);

    /// <summary>Every comment the user wrote, oldest first.</summary>
    Task<IReadOnlyList<Posts.CommentRecord>> ListCommentsAsync(string userId);

    /// <summary>Others' live posts whose text may mention <paramref name="username"/> (a superset; callers check).</summary>
    Task<IReadOnlyList<MentionRef>> ListPostsMentioningAsync(string userId, string username);

    /// <summary>Others' comments whose text may mention <paramref name="username"/> (a superset; callers check).</summary>
    Task<IReadOnlyList<MentionRef>> ListCommentsMentioningAsync(string userId, string username);

    /// <summary>Replaces a comment's text (a purge scrubbing a mention); false when there is no such comment.</summary>
    Task<bool> SetCommentContentAsync(string commentId, string content);

    /// <summary>The storage keys of the user's media (any status).</summary>
    Task<IReadOnlyList<string>> ListMediaKeysAsync(string userId);

    /// <summary>The addresses the user's pending or past email changes sent links to.</summary>
    Task<IReadOnlyList<string>> ListEmailChangeAddressesAsync(string userId);

    /// <summary>
    /// Deletes every row of the account and every row naming it (follows, requests, connections, notifications it
    /// received or caused, comments and reactions on its posts, its posts, media rows, sessions, tokens, emails to
    /// its addresses, idempotency answers, exports, grain state), in one transaction where the store has them.
    /// The users row itself stays: <see cref="Users.IUserRepository.DeleteAsync"/> removes it last.
    /// </summary>
    Task PurgeRowsAsync(PurgeTarget target, DateTimeOffset now);
}
