using Vrss.GrainInterfaces.Moderation;
using Vrss.GrainInterfaces.Paging;
using Vrss.GrainInterfaces.Users;
using Vrss.Grains.Data;
using Vrss.Grains.Users;

namespace Vrss.Grains.Moderation;

/// <summary><see cref="IAccountDirectoryRepository"/> over the Memory provider's users and moderation tables.</summary>
public sealed class MemoryAccountDirectoryRepository(MemoryDatabase database) : IAccountDirectoryRepository
{
    private readonly MemoryUserRepository.Rows _users = database.Table<MemoryUserRepository.Rows>();
    private readonly MemoryModerationTables _moderation = database.Table<MemoryModerationTables>();

    /// <inheritdoc />
    public Task<Page<StaffAccountView>> ListAsync(AccountFilter filter, string? cursor, int limit)
    {
        ArgumentNullException.ThrowIfNull(filter);
        Guard.Limit(limit, PageLimit.Max);
        var before = TimeCursor.Parse(cursor, TimeCursor.Newest);
        List<UserRecord> users;
        lock (_users)
        {
            users = [.. _users.ById.Values];
        }

        var query = filter.Query?.Trim().ToLowerInvariant();
        var views = users
            .Where(u => string.IsNullOrEmpty(query)
                || u.Username.StartsWith(query, StringComparison.Ordinal)
                || u.NormalizedEmail.StartsWith(query, StringComparison.Ordinal)
                || u.DisplayName.ToLowerInvariant().Contains(query, StringComparison.Ordinal))
            .Select(u => new StaffAccountView(
                new AccountView(
                    u.Id,
                    u.Username,
                    u.DisplayName,
                    u.Email,
                    u.Credentials.EmailVerifiedAt is not null,
                    u.Credentials.TotpEnabled,
                    null,
                    DbTime.Normalize(u.CreatedAt),
                    u.PurgeAt is { } purge ? DbTime.Normalize(purge) : null),
                _moderation.StandingOf(u.Id)))
            .Where(v => (filter.Role is not { } role || v.Standing.Role == role)
                && (filter.Status is not { } status || AccountDirectory.StatusOf(v.Account.PurgeAt, v.Standing) == status));
        return Task.FromResult(MemoryKeyset.Descending(views, v => v.Account.CreatedAt, v => v.Account.Id, before, limit));
    }
}
