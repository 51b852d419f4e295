namespace Vrss.GrainInterfaces.Sessions;

/// <summary>The result of <see cref="ISessionGrain.ValidateAsync"/>.</summary>
/// <param name="Status">What was found.</param>
/// <param name="Session">The session when <paramref name="Status"/> is <see cref="SessionStatus.Active"/>.</param>
/// <param name="Renewed">True when this check moved the expiry forward (a browser should get a fresh cookie).</param>
[GenerateSerializer, Immutable]
public sealed record SessionCheck(SessionStatus Status, SessionInfo? Session, bool Renewed);
