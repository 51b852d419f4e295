using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Reports;
using Vrss.WebFront.RateLimits;
using Vrss.WebFront.Rpc;
using Vrss.WebFront.Social;

namespace Vrss.WebFront.Reports;

/// <summary>
/// <c>moderation.report</c> (any signed-in member): reports a user, a post or a comment to staff. A target the caller
/// cannot see answers as its read would (404); oneself or one's own content is 400 / 1201; reporting the same target
/// again while the first report is open answers the first report's id.
/// </summary>
internal sealed class FileReportProcedure() : RpcProcedure<FileReportInput, ReportIdOutput>("moderation.report", RateLimitPolicies.ModerationReport)
{
    /// <inheritdoc />
    protected override void Validate(FileReportInput input)
    {
        var given = new[] { input.UserId, input.Username, input.PostId, input.CommentId }.Count(v => v is not null);
        if (given == 0)
        {
            throw VrssException.Invalid("userId", "one of userId, username, postId and commentId is required", ErrorCode.MissingRequiredField);
        }

        if (given > 1)
        {
            throw VrssException.Invalid("userId", "give only one of userId, username, postId and commentId");
        }
    }

    /// <inheritdoc />
    protected override async Task<ReportIdOutput> ExecuteAsync(FileReportInput input, RpcContext context)
    {
        var (kind, targetId) = input switch
        {
            { PostId: { } postId } => (ReportTargetKind.Post, postId),
            { CommentId: { } commentId } => (ReportTargetKind.Comment, commentId),
            _ => (ReportTargetKind.User, await SocialQueries.ResolveUserAsync(context, input.Username, input.UserId).ConfigureAwait(false)),
        };
        if (kind == ReportTargetKind.User && targetId == context.UserId)
        {
            throw VrssException.Invalid(SocialQueries.UserField(input.UserId), "you cannot report yourself");
        }

        var id = await context.Grains.GetGrain<IReportDeskGrain>("0")
            .FileAsync(new ReportFiling(context.UserId, kind, targetId, input.Category!.Value, input.Comment)).ConfigureAwait(false);
        return new ReportIdOutput(id);
    }
}
