using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Social;

/// <summary>The input of <c>social.respondFollowRequest</c>: the requester (<c>username</c> or <c>userId</c>) and the answer.</summary>
[OneOfFields("username", "userId")]
public sealed record RespondFollowRequestInput([property: FieldText(3, 30, Pattern = "^[A-Za-z0-9_]{3,30}$", PatternCode = ErrorCode.InvalidFormat)] string? Username, [property: FieldId] string? UserId, [property: FieldRequired] bool? Accept);
