using Vrss.GrainInterfaces.Errors;
using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Accounts;

/// <summary>The input of <c>user.changeUsername</c>.</summary>
[InputRule("username is case-insensitive (stored lower-case).")]
public sealed record ChangeUsernameInput([property: FieldRequired][property: FieldText(3, 30, Pattern = "^[A-Za-z0-9_]{3,30}$", PatternCode = ErrorCode.InvalidFormat)] string? Username, [property: FieldRequired] string? Password);
