using Vrss.GrainInterfaces.Sessions;

namespace Vrss.WebFront.Sessions;

/// <summary>What the request's credentials amount to.</summary>
/// <param name="Status"><see cref="SessionStatus.Unknown"/> also when no token was sent.</param>
/// <param name="Session">The session when it is active.</param>
/// <param name="TokenPresented">Whether the request carried a token at all.</param>
public sealed record SessionLookup(SessionStatus Status, CallerSession? Session, bool TokenPresented)
{
    /// <summary>No token was sent.</summary>
    public static SessionLookup None { get; } = new(SessionStatus.Unknown, null, false);
}
