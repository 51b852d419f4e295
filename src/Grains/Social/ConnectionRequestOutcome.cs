namespace Vrss.Grains.Social;

/// <summary>What became of a connection request.</summary>
public enum ConnectionRequestOutcome
{
    /// <summary>The request was stored as pending.</summary>
    Created,

    /// <summary>A pending request between the two users already exists (in either direction); nothing was stored.</summary>
    AlreadyPending,

    /// <summary>The two users are already connected; nothing was stored.</summary>
    AlreadyConnected,
}
