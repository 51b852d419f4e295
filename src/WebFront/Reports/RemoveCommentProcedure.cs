using Vrss.GrainInterfaces.Moderation;
using Vrss.GrainInterfaces.Reports;

namespace Vrss.WebFront.Reports;

/// <summary>
/// <c>admin.removeComment</c> (moderators and admins): removes a comment as its author's deletion would, and tells the
/// author why (<c>content_removed</c>, naming the post). Audited.
/// </summary>
internal sealed class RemoveCommentProcedure() : ContentRemovalProcedure<RemoveCommentInput>("admin.removeComment")
{
    /// <inheritdoc />
    protected override string? ReasonOf(RemoveCommentInput input) => input.Reason;

    /// <inheritdoc />
    protected override Task RemoveAsync(IContentRemovalGrain removal, RemoveCommentInput input, StaffReason why) =>
        removal.RemoveCommentAsync(input.CommentId!, why);
}
