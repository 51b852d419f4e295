using Vrss.Testing;

namespace Vrss.Grains.Tests.Moderation;

/// <summary>The moderation repository contracts on a real PostgreSQL database.</summary>
public sealed class PostgresModerationRepositoryTests(PostgresDatabaseFixture database) : ModerationRepositoryTests, IClassFixture<PostgresDatabaseFixture>
{
    protected override void Configure(IDictionary<string, string?> settings) => UsePostgres(settings, database);

    [Fact]
    public async Task TheAuditLog_RefusesUpdatesAndDeletes()
    {
        await using var update = database.DataSource.CreateCommand("UPDATE audit_log SET reason = 'x'");
        await Assert.ThrowsAsync<Npgsql.PostgresException>(() => update.ExecuteNonQueryAsync());
        await using var delete = database.DataSource.CreateCommand("DELETE FROM audit_log");
        await Assert.ThrowsAsync<Npgsql.PostgresException>(() => delete.ExecuteNonQueryAsync());
    }
}
