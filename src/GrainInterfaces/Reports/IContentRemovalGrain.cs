using Vrss.GrainInterfaces.Moderation;

namespace Vrss.GrainInterfaces.Reports;

/// <summary>
/// Staff removal of posts and comments. A removal takes the author's own deletion path (so counters, feeds and every
/// silo's hot caches follow), tells the author why with a <c>content_removed</c> notification, and is audited. It holds
/// no state; callers have checked that the caller is staff.
/// </summary>
public interface IContentRemovalGrain : IGrainWithStringKey
{
    /// <summary>Removes the post; 404 / 1303 when there is none (or it is already gone).</summary>
    Task RemovePostAsync(string postId, StaffReason why);

    /// <summary>Removes the comment; 404 / 1301 when there is none (or it is already gone).</summary>
    Task RemoveCommentAsync(string commentId, StaffReason why);
}
