using Microsoft.Extensions.Logging;
using Vrss.GrainInterfaces.Accounts;
using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Posts;
using Vrss.GrainInterfaces.Users;

namespace Vrss.Grains.Accounts;

/// <summary>
/// The purge. What others see counted (followers, following, comment and reaction counts, feeds) is undone through
/// the grains that own those counts, exactly as the member could have done by hand; then every row left is deleted.
/// Each step is idempotent, so a purge cut short is finished by the next one.
/// </summary>
public sealed partial class AccountGrain
{
    /// <inheritdoc />
    public async Task PurgeNowAsync()
    {
        var account = await users.GetAsync(Id);
        if (account is { PurgeAt: null })
        {
            // Hidden from here on, should the purge fail half-way.
            await users.SetPurgeAtAsync(Id, time.GetUtcNow());
            await GrainFactory.GetGrain<IUserAccountGrain>(Id).ReloadAccountAsync();
        }

        await RevokeSessionsAsync();

        // Comments and reactions first: undoing them checks the post is still visible to the member.
        foreach (var comment in await data.ListCommentsOnOthersAsync(Id))
        {
            await IgnoringGoneAsync(() => GrainFactory.GetGrain<IPostGrain>(comment.PostId).DeleteCommentAsync(Id, comment.CommentId));
        }

        foreach (var reaction in await data.ListReactionsAsync(Id))
        {
            await IgnoringGoneAsync(() => GrainFactory.GetGrain<IPostGrain>(reaction.PostId).UnreactAsync(Id));
        }

        if (account is not null)
        {
            await UndoFollowsAsync();
            var user = GrainFactory.GetGrain<IUserGrain>(Id);
            foreach (var postId in await data.ListPostIdsAsync(Id))
            {
                await IgnoringGoneAsync(() => user.DeletePostAsync(postId));
            }
        }

        if (account is not null)
        {
            await ScrubMentionsAsync(account.Username);
        }

        foreach (var key in (await data.ListMediaKeysAsync(Id)).Concat(await exports.ListKeysAsync(Id)))
        {
            await store.DeleteAsync(key, CancellationToken.None);
            await store.DeleteAsync(store.UploadKeyOf(key), CancellationToken.None);
        }

        await GrainFactory.GetGrain<IUserAccountGrain>(Id).ClearAsync();
        var emails = (await data.ListEmailChangeAddressesAsync(Id)).ToList();
        if (account is not null)
        {
            emails.Add(account.Email.ToLowerInvariant());
        }

        await data.PurgeRowsAsync(new PurgeTarget(Id, account?.Username, emails), time.GetUtcNow());
        await users.DeleteAsync(Id);
        await hot.AuthorPurgedAsync(Id);
        if (account is not null)
        {
            await GrainFactory.GetGrain<IUserLookupGrain>(UserLookupKey.ForUsername(account.Username)).ForgetAsync();
            await GrainFactory.GetGrain<IUserLookupGrain>(UserLookupKey.ForEmail(account.Email)).ForgetAsync();
        }

        LogPurged(logger, Id);
    }

    // Posts change through their grain (caches and feeds follow, the post shows as edited); comments in their table.
    private async Task ScrubMentionsAsync(string username)
    {
        foreach (var post in await data.ListPostsMentioningAsync(Id, username))
        {
            if (MentionScrubber.Mentions(post.Content, username))
            {
                await IgnoringGoneAsync(() => GrainFactory.GetGrain<IPostGrain>(post.Id).UpdateAsync(post.AuthorId, MentionScrubber.Scrub(post.Content, username), null));
            }
        }

        foreach (var comment in await data.ListCommentsMentioningAsync(Id, username))
        {
            if (MentionScrubber.Mentions(comment.Content, username))
            {
                await data.SetCommentContentAsync(comment.Id, MentionScrubber.Scrub(comment.Content, username));
            }
        }
    }

    private async Task UndoFollowsAsync()
    {
        var user = GrainFactory.GetGrain<IUserGrain>(Id);
        foreach (var followeeId in await follows.GetFolloweeIdsAsync(Id))
        {
            await IgnoringGoneAsync(() => user.UnfollowAsync(followeeId));
        }

        // A keyset cursor stays valid while the edges behind it are removed; what a step misses, the rows' purge takes.
        string? cursor = null;
        do
        {
            var batch = await follows.GetFollowerIdBatchAsync(Id, cursor, 500);
            foreach (var followerId in batch.Items)
            {
                await IgnoringGoneAsync(() => GrainFactory.GetGrain<IUserGrain>(followerId).UnfollowAsync(Id));
            }

            cursor = batch.NextCursor;
        }
        while (cursor is not null);
    }

    // A post or comment deleted meanwhile is what the purge wanted anyway.
    private static async Task IgnoringGoneAsync(Func<Task> step)
    {
        try
        {
            await step();
        }
        catch (VrssException exception) when (exception.Code is ErrorCode.PostNotFound or ErrorCode.ResourceNotFound or ErrorCode.NotFound or ErrorCode.UserNotFound)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {UserId} purged")]
    private static partial void LogPurged(ILogger logger, string userId);
}
