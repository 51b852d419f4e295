using Vrss.GrainInterfaces.Moderation;
using Vrss.Grains.Data;

namespace Vrss.Grains.Moderation;

/// <summary><see cref="IAccountStandingRepository"/> in memory.</summary>
public sealed class MemoryAccountStandingRepository(MemoryDatabase database) : IAccountStandingRepository
{
    private readonly MemoryModerationTables _tables = database.Table<MemoryModerationTables>();

    /// <inheritdoc />
    public Task<AccountStanding?> GetAsync(string userId)
    {
        Guard.Id(userId, nameof(userId));
        lock (_tables.Gate)
        {
            return Task.FromResult(_tables.Standing.GetValueOrDefault(userId));
        }
    }

    /// <inheritdoc />
    public Task SaveAsync(string userId, AccountStanding standing, DateTimeOffset at)
    {
        Guard.Id(userId, nameof(userId));
        ArgumentNullException.ThrowIfNull(standing);
        Guard.Defined(standing.Role, nameof(standing));
        Guard.Defined(standing.StorageTier, nameof(standing));
        lock (_tables.Gate)
        {
            _tables.Standing[userId] = standing with
            {
                SilencedAt = standing.SilencedAt is { } s ? DbTime.Normalize(s) : null,
                SuspendedAt = standing.SuspendedAt is { } u ? DbTime.Normalize(u) : null,
            };
        }

        return Task.CompletedTask;
    }
}
