using Orleans.Concurrency;
using Vrss.GrainInterfaces.Moderation;
using Vrss.GrainInterfaces.Reports;
using Vrss.GrainInterfaces.Users;
using Vrss.Grains.Moderation;
using Vrss.Grains.Notifications;
using Vrss.Grains.Posts;

namespace Vrss.Grains.Reports;

/// <summary>
/// Removes posts and comments for staff through the author's own User grain, exactly as the author's deletion would
/// run (the author's post count, feeds, the live streams and every silo's hot caches follow), then tells the author
/// why and writes the audit log.
/// </summary>
// Stateless: each removal is serialised by the author's and the post's grains.
[StatelessWorker]
[Reentrant]
public sealed class ContentRemovalGrain(
    IPostRepository posts,
    ICommentRepository comments,
    NotificationSender notifications,
    IAuditLogRepository audit,
    TimeProvider time) : Grain, IContentRemovalGrain
{
    /// <inheritdoc />
    public async Task RemovePostAsync(string postId, StaffReason why)
    {
        ArgumentException.ThrowIfNullOrEmpty(postId);
        ArgumentNullException.ThrowIfNull(why);
        var post = await posts.GetAsync(postId) ?? throw PostChecks.PostNotFound();
        await GrainFactory.GetGrain<IUserGrain>(post.AuthorId).DeletePostAsync(postId);
        await AfterAsync(AuditActions.RemovePost, "post", postId, post.AuthorId, postId, why);
    }

    /// <inheritdoc />
    public async Task RemoveCommentAsync(string commentId, StaffReason why)
    {
        ArgumentException.ThrowIfNullOrEmpty(commentId);
        ArgumentNullException.ThrowIfNull(why);
        var comment = await comments.GetAsync(commentId) ?? throw ReportErrors.CommentNotFound();
        await GrainFactory.GetGrain<IUserGrain>(comment.AuthorId).DeleteCommentAsync(commentId);
        await AfterAsync(AuditActions.RemoveComment, "comment", commentId, comment.AuthorId, comment.PostId, why);
    }

    private async Task AfterAsync(string action, string kind, string targetId, string authorId, string postId, StaffReason why)
    {
        await audit.AppendAsync(new AuditEntry(Guid.CreateVersion7().ToString("N"), why.ActorId, action, kind, targetId, authorId, why.Reason, null, time.GetUtcNow()));
        await notifications.NotifyContentRemovedAsync(authorId, postId, why.Reason ?? "");
    }
}
