using Vrss.GrainInterfaces.Moderation;

namespace Vrss.Grains.Moderation;

/// <summary>The <c>account_standing</c> table: one row per account with a role or a restriction.</summary>
public interface IAccountStandingRepository
{
    /// <summary>The stored standing, or null when the account has none (a member without restrictions).</summary>
    Task<AccountStanding?> GetAsync(string userId);

    /// <summary>Stores the standing (insert or replace).</summary>
    Task SaveAsync(string userId, AccountStanding standing, DateTimeOffset at);
}
