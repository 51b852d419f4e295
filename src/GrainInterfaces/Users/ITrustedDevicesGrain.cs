using Orleans.Concurrency;

namespace Vrss.GrainInterfaces.Users;

/// <summary>
/// The devices (browsers, apps) a user has signed in from, keyed by the user id. A device is known by the
/// SHA-256 hex of its device token (<c>SecretToken.KeyOf</c>); the token itself is never stored. A trusted device
/// may sign in while the user's login name is locked by other people's failed attempts.
/// </summary>
public interface ITrustedDevicesGrain : IGrainWithStringKey
{
    /// <summary>Whether <paramref name="deviceKey"/> signed in as this user and has not expired or been evicted.</summary>
    [ReadOnly]
    Task<bool> IsTrustedAsync(string deviceKey);

    /// <summary>
    /// Records a successful sign-in from <paramref name="deviceKey"/> (adding it, or renewing its last use). Only the
    /// most recently used devices are kept; the least recently used one is forgotten beyond that number.
    /// </summary>
    Task TrustAsync(string deviceKey);
}
