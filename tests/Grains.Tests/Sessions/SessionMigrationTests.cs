using Microsoft.Extensions.Options;
using Npgsql;
using Vrss.Grains.Data;
using Vrss.Grains.Sessions;
using Vrss.Testing;

namespace Vrss.Grains.Tests.Sessions;

/// <summary>Migration 0070 on a database that already has sessions: they stay valid and become listable.</summary>
public sealed class SessionMigrationTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    private const int DevicesVersion = 70;

    [Fact]
    public async Task EarlierSessions_GetDistinctPublicIds_AndTheirRenewalAsLastUse()
    {
        await using var dataSource = NpgsqlDataSource.Create(await database.CreateEmptyDatabaseAsync("sessions0070"));
        foreach (var script in MigrationScript.All.Where(s => s.Version < DevicesVersion))
        {
            await ExecuteAsync(dataSource, script.Sql);
        }

        await ExecuteAsync(dataSource, """
            INSERT INTO users (id, username, email, email_normalized, display_name, created_at, password_hash)
            VALUES ('u1', 'user1', 'u1@example.com', 'u1@example.com', 'One', timestamptz '2026-01-01 00:00:00+00', 'hash');
            INSERT INTO sessions (token_hash, user_id, created_at, renewed_at, expires_at)
            SELECT sha256(g::text::bytea), 'u1', timestamptz '2026-11-01 00:00:00+00', timestamptz '2026-11-02 00:00:00+00' + g * interval '1 hour',
                   timestamptz '2099-01-01 00:00:00+00'
            FROM generate_series(1, 3) AS g;
            """);

        await ExecuteAsync(dataSource, MigrationScript.All.Single(s => s.Version == DevicesVersion).Sql);

        var repository = new PostgresSessionRepository(new DbRetry(dataSource, Options.Create(new PostgresOptions())));
        var page = await repository.ListAsync("u1", new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.Zero), null, 10);
        Assert.Equal(3, page.Items.Count);
        Assert.Equal(3, page.Items.Select(s => s.SessionId).Distinct().Count());
        Assert.All(page.Items, s => Assert.Matches("^[0-9a-f]{32}$", s.SessionId));
        Assert.All(page.Items, s => Assert.Equal(s.RenewedAt, s.LastUsedAt));
        Assert.All(page.Items, s => Assert.Null(s.Ip));
        Assert.All(page.Items, s => Assert.Null(s.UserAgent));
        Assert.Equal(page.Items[0].TokenHash, await repository.FindTokenHashAsync("u1", page.Items[0].SessionId));
    }

    private static async Task ExecuteAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
