using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Social;

/// <summary>The input of a list of the caller's own: <c>{ cursor?, limit? }</c>.</summary>
public sealed record PageInput([property: FieldText(0, 512, LengthCode = ErrorCode.InvalidFormat)] string? Cursor, [property: FieldRange(1, 100)] int? Limit);
