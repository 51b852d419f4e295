using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Auth;

/// <summary>The input of <c>auth.requestPasswordReset</c>.</summary>
public sealed record RequestPasswordResetInput([property: FieldRequired][property: FieldText(3, 254, Format = "email")] string? Email);
