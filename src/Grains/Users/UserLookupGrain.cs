using Orleans.Concurrency;
using Vrss.GrainInterfaces.Users;

namespace Vrss.Grains.Users;

/// <summary>
/// One login name (<see cref="UserLookupKey"/>). A found id is kept for the life of the activation, until the account
/// lets the name go (<see cref="ForgetAsync"/>); a miss is asked again next time because the name may be registered
/// meanwhile. Reentrant:
/// it holds no state a request could see half-changed, and a slow login must not hold up lookups.
/// </summary>
[Reentrant]
public sealed class UserLookupGrain(IUserRepository users, PasswordHashing passwords, TimeProvider time) : Grain, IUserLookupGrain
{
    private string? _userId;

    /// <inheritdoc />
    public async Task<string?> FindUserIdAsync()
    {
        if (_userId is not null)
        {
            return _userId;
        }

        var key = this.GetPrimaryKeyString();
        var value = key[2..];
        var isEmail = key.StartsWith("e:", StringComparison.Ordinal);
        if (!(isEmail ? CouldBeEmail(value) : CouldBeUsername(value)))
        {
            // No account can have this name; the store is not asked (PostgreSQL text cannot even hold a NUL).
            return null;
        }

        _userId = isEmail ? await users.FindIdByEmailAsync(value) : await users.FindIdByUsernameAsync(value);
        return _userId;
    }

    /// <inheritdoc />
    public async Task<string?> FindRenamedUserIdAsync()
    {
        var key = this.GetPrimaryKeyString();
        // Not cached: the reservation runs out, and the name may then be someone else's.
        return key.StartsWith("u:", StringComparison.Ordinal) && CouldBeUsername(key[2..])
            ? await users.FindIdByReservedUsernameAsync(key[2..], time.GetUtcNow())
            : null;
    }

    /// <inheritdoc />
    public Task ForgetAsync()
    {
        _userId = null;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task<LoginResult> LoginAsync(string password, string? totpCode, string? recoveryCode)
    {
        ArgumentNullException.ThrowIfNull(password);
        var userId = await FindUserIdAsync();
        if (userId is null)
        {
            passwords.VerifyDummy(password);
            return new LoginResult(LoginStatus.InvalidCredentials, null);
        }

        return await GrainFactory.GetGrain<IUserGrain>(userId).VerifyLoginAsync(password, totpCode, recoveryCode);
    }

    private static bool CouldBeUsername(string value) =>
        value.Length is >= 3 and <= 30 && value.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_');

    private static bool CouldBeEmail(string value) =>
        value.Length is >= 3 and <= 254 && !value.Any(c => char.IsControl(c) || char.IsSurrogate(c));

    /// <inheritdoc />
    public async Task RequestPasswordResetAsync()
    {
        if (await FindUserIdAsync() is { } userId)
        {
            await GrainFactory.GetGrain<IUserGrain>(userId).SendPasswordResetAsync();
        }
    }
}
