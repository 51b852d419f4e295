using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Posts;

/// <summary>The input of <c>post.comment</c>.</summary>
[InputRule("content is not blank.")]
public sealed record CommentInput([property: FieldRequired][property: FieldId] string? PostId, [property: FieldRequired][property: FieldText(1, 2000)] string? Content);
