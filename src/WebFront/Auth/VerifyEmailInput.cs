using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Auth;

/// <summary>The input of <c>auth.verifyEmail</c>.</summary>
public sealed record VerifyEmailInput([property: FieldRequired] string? Token);
