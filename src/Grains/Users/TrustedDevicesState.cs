namespace Vrss.Grains.Users;

/// <summary>The state of a <see cref="TrustedDevicesGrain"/>: device key (SHA-256 hex of the device token) to its last sign-in.</summary>
public sealed class TrustedDevicesState
{
    /// <summary>The devices and when each last signed in.</summary>
    public Dictionary<string, DateTimeOffset> LastSignIn { get; set; } = new(StringComparer.Ordinal);
}
