using Vrss.GrainInterfaces.Moderation;
using Vrss.Grains.Data;

namespace Vrss.Grains.Moderation;

/// <summary><see cref="IAccountStandingRepository"/> on the <c>account_standing</c> table.</summary>
public sealed class PostgresAccountStandingRepository(DbRetry db) : IAccountStandingRepository
{
    /// <inheritdoc />
    public Task<AccountStanding?> GetAsync(string userId)
    {
        Guard.Id(userId, nameof(userId));
        return db.QuerySingleAsync(
            ModerationStatements.GetStanding(userId),
            r => new AccountStanding(
                (AccountRole)r.GetInt16(0),
                r.IsDBNull(1) ? null : r.GetFieldValue<DateTimeOffset>(1),
                r.IsDBNull(2) ? null : r.GetFieldValue<DateTimeOffset>(2),
                (StorageTier)r.GetInt16(3)));
    }

    /// <inheritdoc />
    public async Task SaveAsync(string userId, AccountStanding standing, DateTimeOffset at)
    {
        Guard.Id(userId, nameof(userId));
        ArgumentNullException.ThrowIfNull(standing);
        Guard.Defined(standing.Role, nameof(standing));
        Guard.Defined(standing.StorageTier, nameof(standing));
        await db.ExecuteAsync(ModerationStatements.SaveStanding(userId, standing, at), repeatable: true).ConfigureAwait(false);
    }
}
