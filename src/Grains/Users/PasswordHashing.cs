using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Vrss.Grains.Users;

/// <summary>
/// PBKDF2 password hashes through ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/> (format v3:
/// HMAC-SHA512, 128-bit salt, iteration count stored in the hash so it can be raised later).
/// </summary>
public sealed class PasswordHashing
{
    private static readonly PasswordOwner s_owner = new();
    private readonly PasswordHasher<PasswordOwner> _hasher;
    private readonly Lazy<string> _dummyHash;

    /// <summary>Creates the hasher; refuses an iteration count below the minimum.</summary>
    public PasswordHashing(IOptions<AccountOptions> options)
    {
        var iterations = options.Value.PasswordHashIterations;
        if (iterations < AccountOptions.MinimumPasswordHashIterations)
        {
            throw new InvalidOperationException(
                $"Vrss:Auth:PasswordHashIterations is {iterations}; it must be at least {AccountOptions.MinimumPasswordHashIterations}.");
        }

        Iterations = iterations;
        _hasher = new PasswordHasher<PasswordOwner>(Options.Create(new PasswordHasherOptions
        {
            CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV3,
            IterationCount = iterations,
        }));
        _dummyHash = new Lazy<string>(() => _hasher.HashPassword(s_owner, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24))));
    }

    /// <summary>The iteration count of new hashes.</summary>
    public int Iterations { get; }

    /// <summary>Hashes a password.</summary>
    public string Hash(string password) => _hasher.HashPassword(s_owner, password);

    /// <summary>Checks a password against a stored hash.</summary>
    public PasswordVerificationResult Verify(string hash, string password) => _hasher.VerifyHashedPassword(s_owner, hash, password);

    /// <summary>Spends the same work as <see cref="Verify"/> on a hash nobody owns, so unknown logins take as long.</summary>
    public void VerifyDummy(string password) => _hasher.VerifyHashedPassword(s_owner, _dummyHash.Value, password);

    private sealed class PasswordOwner;
}
