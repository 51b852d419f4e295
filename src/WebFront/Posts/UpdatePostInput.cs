using Vrss.GrainInterfaces.Posts;
using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Posts;

/// <summary>The input of <c>post.update</c>.</summary>
[OneOfFields("content", "visibility")]
[InputRule("content keeps the length rule of the post's type (500 for text_short).")]
public sealed record UpdatePostInput([property: FieldRequired][property: FieldId] string? PostId, [property: FieldText(0, 5000)] string? Content, PostVisibility? Visibility);
