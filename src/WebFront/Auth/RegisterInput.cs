using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Auth;

/// <summary>The input of <c>auth.register</c>.</summary>
[InputRule("username is case-insensitive (stored lower-case); password contains no control characters and at least 3 of: lower-case letter, upper-case letter, digit, symbol; displayName is trimmed and refuses control, invisible and text-direction characters (API.md, Names).")]
public sealed record RegisterInput([property: FieldRequired][property: FieldText(3, 30, Pattern = "^[A-Za-z0-9_]{3,30}$", PatternCode = ErrorCode.InvalidFormat)] string? Username, [property: FieldRequired][property: FieldText(3, 254, Format = "email")] string? Email, [property: FieldRequired][property: FieldText(12, 128)] string? Password, [property: FieldText(1, 50)] string? DisplayName);
