using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Posts;

/// <summary>The input of <c>post.updateComment</c>.</summary>
[InputRule("content is not blank.")]
public sealed record UpdateCommentInput([property: FieldRequired][property: FieldId] string? CommentId, [property: FieldRequired][property: FieldText(1, 2000)] string? Content);
