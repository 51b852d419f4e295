using Orleans.Concurrency;
using Vrss.GrainInterfaces.Posts;

namespace Vrss.Grains.Posts;

/// <summary>Routes a comment change to its post's grain; runs on the silo that took the request.</summary>
[StatelessWorker]
[Reentrant]
public sealed class CommentsGrain(ICommentRepository comments) : Grain, ICommentsGrain
{
    /// <inheritdoc />
    public async Task<CommentView> UpdateAsync(string editorId, string commentId, string content)
    {
        var comment = await comments.GetAsync(commentId) ?? throw PostGrain.CommentNotFound();
        return await GrainFactory.GetGrain<IPostGrain>(comment.PostId).UpdateCommentAsync(editorId, commentId, content);
    }
}
