using Vrss.GrainInterfaces.Users;

namespace Vrss.Grains.Users;

/// <summary>
/// A user's trusted devices, in grain storage (state <c>devices</c>), apart from the account's grain: the login path
/// asks it only when a name is locked, and it never waits behind the account's other work.
/// </summary>
public sealed class TrustedDevicesGrain([PersistentState("devices")] IPersistentState<TrustedDevicesState> state, TimeProvider time)
    : Grain, ITrustedDevicesGrain
{
    /// <summary>How long a device stays trusted after its last sign-in (the device cookie's Max-Age).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(365);

    /// <summary>How many devices a user keeps; a bound on the state, and on what one stolen password can plant.</summary>
    public const int MaxDevices = 20;

    /// <inheritdoc />
    public Task<bool> IsTrustedAsync(string deviceKey)
    {
        ArgumentNullException.ThrowIfNull(deviceKey);
        return Task.FromResult(state.State.LastSignIn.TryGetValue(deviceKey, out var last) && time.GetUtcNow() - last < Lifetime);
    }

    /// <inheritdoc />
    public async Task TrustAsync(string deviceKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(deviceKey);
        var now = time.GetUtcNow();
        var devices = state.State.LastSignIn;
        foreach (var expired in devices.Where(d => now - d.Value >= Lifetime).Select(d => d.Key).ToList())
        {
            devices.Remove(expired);
        }

        devices[deviceKey] = now;
        while (devices.Count > MaxDevices)
        {
            devices.Remove(devices.MinBy(d => d.Value).Key);
        }

        await state.WriteStateAsync();
    }
}
