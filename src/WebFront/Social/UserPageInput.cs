using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Social;

/// <summary>The input of a list belonging to one user, named by <c>username</c> or <c>userId</c>.</summary>
[OneOfFields("username", "userId")]
public sealed record UserPageInput([property: FieldText(3, 30, Pattern = "^[A-Za-z0-9_]{3,30}$", PatternCode = ErrorCode.InvalidFormat)] string? Username, [property: FieldId] string? UserId, [property: FieldText(0, 512, LengthCode = ErrorCode.InvalidFormat)] string? Cursor, [property: FieldRange(1, 100)] int? Limit);
