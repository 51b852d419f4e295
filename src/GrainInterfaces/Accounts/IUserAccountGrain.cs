namespace Vrss.GrainInterfaces.Accounts;

/// <summary>
/// What the User grain does for the account lifecycle (<see cref="IAccountGrain"/>), kept off <c>IUserGrain</c>: the
/// User grain caches the account row, so whoever changes that row tells it here.
/// </summary>
public interface IUserAccountGrain : IGrainWithStringKey
{
    /// <summary>Whether the account's email is verified (false for no account). Interleaves: it only reads.</summary>
    [Orleans.Concurrency.AlwaysInterleave]
    Task<bool> IsEmailVerifiedAsync();

    /// <summary>Reads the account row again (its username, email or deletion changed).</summary>
    Task ReloadAccountAsync();

    /// <summary>Clears the grain's stored profile and settings and forgets the account (the purge).</summary>
    Task ClearAsync();
}
