using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Auth;

/// <summary>The input of <c>auth.revokeSession</c>.</summary>
/// <param name="SessionId">A <c>sessionId</c> from <c>auth.listSessions</c>.</param>
public sealed record RevokeSessionInput([property: FieldRequired][property: FieldText(1, 100)] string? SessionId);
