using Vrss.GrainInterfaces.Moderation;
using Vrss.GrainInterfaces.Reports;

namespace Vrss.WebFront.Reports;

/// <summary>
/// <c>admin.removePost</c> (moderators and admins): removes a post as its author's deletion would, and tells the author
/// why (<c>content_removed</c>). Audited.
/// </summary>
internal sealed class RemovePostProcedure() : ContentRemovalProcedure<RemovePostInput>("admin.removePost")
{
    /// <inheritdoc />
    protected override string? ReasonOf(RemovePostInput input) => input.Reason;

    /// <inheritdoc />
    protected override Task RemoveAsync(IContentRemovalGrain removal, RemovePostInput input, StaffReason why) =>
        removal.RemovePostAsync(input.PostId!, why);
}
