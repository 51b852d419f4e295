using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Posts;

/// <summary>The input <c>{ postId }</c>.</summary>
public sealed record PostIdInput([property: FieldRequired][property: FieldId] string? PostId);
