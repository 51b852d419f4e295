using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Posts;

/// <summary>The input of <c>post.getComments</c>.</summary>
public sealed record PostPageInput([property: FieldRequired][property: FieldId] string? PostId, [property: FieldText(0, 512, LengthCode = ErrorCode.InvalidFormat)] string? Cursor, [property: FieldRange(1, 100)] int? Limit);
