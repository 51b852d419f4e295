using Orleans.Concurrency;
using Vrss.GrainInterfaces.Blocks;
using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Moderation;
using Vrss.GrainInterfaces.Paging;
using Vrss.GrainInterfaces.Posts;
using Vrss.GrainInterfaces.Reports;
using Vrss.GrainInterfaces.Users;
using Vrss.Grains.Posts;

namespace Vrss.Grains.Reports;

/// <summary>
/// Files reports and reads the queue. A target is looked at as the reporter sees it, through the grains that answer
/// the reporter's own reads (the user's profile, the post's visibility rules), so a report cannot probe for what the
/// reporter may not see: that answers exactly as the read would.
/// </summary>
// Stateless: filing and reading run on the silo that took the request; the unique index keeps one open report per target.
[StatelessWorker]
[Reentrant]
public sealed class ReportDeskGrain(IReportRepository reports, ICommentRepository comments, PostViews views, TimeProvider time) : Grain, IReportDeskGrain
{
    /// <summary>How much of a reported text the report keeps for staff.</summary>
    public const int ExcerptLength = 280;

    /// <inheritdoc />
    public async Task<string> FileAsync(ReportFiling filing)
    {
        ArgumentNullException.ThrowIfNull(filing);
        ArgumentException.ThrowIfNullOrEmpty(filing.ReporterId);
        ArgumentException.ThrowIfNullOrEmpty(filing.TargetId);
        var (targetUserId, excerpt) = filing.TargetKind switch
        {
            ReportTargetKind.User => (await UserInSightAsync(filing.ReporterId, filing.TargetId), null),
            ReportTargetKind.Post => await PostInSightAsync(filing.ReporterId, filing.TargetId),
            ReportTargetKind.Comment => await CommentInSightAsync(filing.ReporterId, filing.TargetId),
            _ => throw new ArgumentOutOfRangeException(nameof(filing), filing.TargetKind, "Not a report target."),
        };
        if (string.Equals(targetUserId, filing.ReporterId, StringComparison.Ordinal))
        {
            throw VrssException.Invalid(FieldOf(filing.TargetKind), "you cannot report yourself or your own content");
        }

        var comment = string.IsNullOrWhiteSpace(filing.Comment) ? null : filing.Comment.Trim();
        return await reports.FileAsync(new ReportRecord(
            Guid.CreateVersion7().ToString("N"),
            filing.ReporterId,
            filing.TargetKind,
            filing.TargetId,
            targetUserId,
            filing.Category,
            comment,
            excerpt,
            ReportStatus.Open,
            null,
            null,
            time.GetUtcNow()));
    }

    /// <inheritdoc />
    public async Task<Page<ReportView>> ListAsync(ReportFilter filter, string? cursor, int limit)
    {
        var page = await reports.ListAsync(filter, cursor, limit);
        return new Page<ReportView>(await ReportViews.BuildAsync(views, page.Items), page.NextCursor);
    }

    /// <summary>The wire name of the input field that names a target of <paramref name="kind"/>.</summary>
    public static string FieldOf(ReportTargetKind kind) => kind switch
    {
        ReportTargetKind.User => "userId",
        ReportTargetKind.Post => "postId",
        _ => "commentId",
    };

    // A profile the reporter could open: not purged or being deleted, not suspended, not blocking the reporter.
    private async Task<string> UserInSightAsync(string reporterId, string userId)
    {
        var profile = await GrainFactory.GetGrain<IUserGrain>(userId).ViewProfileAsync(reporterId);
        if ((await GrainFactory.GetGrain<IAccountStandingGrain>(userId).GetAsync()).IsSuspended
            || (await GrainFactory.GetGrain<IBlockListGrain>(reporterId).RelationToAsync(userId)).IsBlockedBy)
        {
            throw new VrssException(ErrorCode.UserNotFound, "user not found");
        }

        return profile.Card.Id;
    }

    // The post as the reporter reads it (visibility, blocks and suspension are the Post grain's own checks).
    private async Task<(string, string?)> PostInSightAsync(string reporterId, string postId)
    {
        var post = await GrainFactory.GetGrain<IPostGrain>(postId).GetAsync(reporterId);
        return (post.Author.Id, Excerpt(post.Content));
    }

    // A comment is in sight when its post is and the reporter is not blocked by (nor blocks) its author, as in post.getComments.
    private async Task<(string, string?)> CommentInSightAsync(string reporterId, string commentId)
    {
        var comment = await comments.GetAsync(commentId) ?? throw ReportErrors.CommentNotFound();
        try
        {
            await GrainFactory.GetGrain<IPostGrain>(comment.PostId).GetAsync(reporterId);
        }
        catch (VrssException exception) when (exception.Code == ErrorCode.PostNotFound)
        {
            throw ReportErrors.CommentNotFound();
        }

        if ((await GrainFactory.GetGrain<IBlockListGrain>(reporterId).RelationToAsync(comment.AuthorId)).IsBlockedBy)
        {
            throw ReportErrors.CommentNotFound();
        }

        return (comment.AuthorId, Excerpt(comment.Content));
    }

    // Cut between characters, never inside a surrogate pair (a lone half is no text the database accepts).
    private static string? Excerpt(string content)
    {
        if (string.IsNullOrEmpty(content))
        {
            return null;
        }

        if (content.Length <= ExcerptLength)
        {
            return content;
        }

        return content[..(char.IsHighSurrogate(content[ExcerptLength - 1]) ? ExcerptLength - 1 : ExcerptLength)];
    }
}
