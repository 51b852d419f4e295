namespace Vrss.WebFront.Auth;

/// <summary>The <c>session</c> of <c>auth.getSession</c>.</summary>
/// <param name="CreatedAt">When the user logged in.</param>
/// <param name="ExpiresAt">When it expires unless renewed.</param>
/// <param name="SessionId">Its public id, as in <c>auth.listSessions</c>.</param>
public sealed record SessionView(DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, string SessionId);
