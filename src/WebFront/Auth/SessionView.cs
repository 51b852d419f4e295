namespace Vrss.WebFront.Auth;

/// <summary>The <c>session</c> of <c>auth.getSession</c>.</summary>
public sealed record SessionView(DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);
