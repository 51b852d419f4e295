using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Social;

/// <summary>The input of a procedure about one user, named by <c>username</c> or <c>userId</c>.</summary>
[OneOfFields("username", "userId")]
public sealed record UserRefInput([property: FieldText(3, 30, Pattern = "^[A-Za-z0-9_]{3,30}$", PatternCode = ErrorCode.InvalidFormat)] string? Username, [property: FieldId] string? UserId);
