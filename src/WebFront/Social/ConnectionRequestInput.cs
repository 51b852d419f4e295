using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Social;

/// <summary>The input of <c>social.requestConnection</c>.</summary>
[OneOfFields("username", "userId")]
public sealed record ConnectionRequestInput([property: FieldText(3, 30, Pattern = "^[A-Za-z0-9_]{3,30}$", PatternCode = ErrorCode.InvalidFormat)] string? Username, [property: FieldId] string? UserId, [property: FieldText(0, 500)] string? Message);
