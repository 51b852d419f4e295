using Npgsql;
using Vrss.GrainInterfaces.Moderation;
using Vrss.GrainInterfaces.Paging;
using Vrss.GrainInterfaces.Users;
using Vrss.Grains.Data;

namespace Vrss.Grains.Moderation;

/// <summary><see cref="IAccountDirectoryRepository"/> on the <c>users</c> and <c>account_standing</c> tables.</summary>
public sealed class PostgresAccountDirectoryRepository(DbRetry db) : IAccountDirectoryRepository
{
    /// <inheritdoc />
    public async Task<Page<StaffAccountView>> ListAsync(AccountFilter filter, string? cursor, int limit)
    {
        ArgumentNullException.ThrowIfNull(filter);
        Guard.Limit(limit, PageLimit.Max);
        var before = TimeCursor.Parse(cursor, TimeCursor.Newest);
        var statement = AccountDirectory.StartsFrom(filter) switch
        {
            AccountDirectory.Start.PendingDeletion => AccountDirectoryStatements.ListPendingDeletion(filter.Query, filter.Role, before, limit),
            AccountDirectory.Start.Standing => AccountDirectoryStatements.ListByStanding(filter.Query, filter.Role, filter.Status, before, limit),
            _ => AccountDirectoryStatements.List(filter.Query, filter.Role == AccountRole.Member, filter.Status == AccountStatus.Active, before, limit),
        };
        var rows = await db.QueryAsync(statement, Read).ConfigureAwait(false);
        return Pages.From(rows, limit, a => new TimeCursor(a.Account.CreatedAt, a.Account.Id).Encode());
    }

    private static StaffAccountView Read(NpgsqlDataReader r) => new(
        new AccountView(
            r.GetString(0),
            r.GetString(1),
            r.GetString(2),
            r.GetString(3),
            r.GetBoolean(4),
            r.GetBoolean(5),
            null,
            r.GetFieldValue<DateTimeOffset>(6),
            r.IsDBNull(7) ? null : r.GetFieldValue<DateTimeOffset>(7)),
        new AccountStanding(
            (AccountRole)r.GetInt16(8),
            r.IsDBNull(9) ? null : r.GetFieldValue<DateTimeOffset>(9),
            r.IsDBNull(10) ? null : r.GetFieldValue<DateTimeOffset>(10),
            (StorageTier)r.GetInt16(11)));
}
