using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Posts;

/// <summary>The input of <c>post.deleteComment</c>.</summary>
public sealed record CommentIdInput([property: FieldRequired][property: FieldId] string? CommentId);
