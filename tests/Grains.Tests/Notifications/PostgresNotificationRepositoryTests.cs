using Vrss.Testing;

namespace Vrss.Grains.Tests.Notifications;

/// <summary>The notification repository contract on a real PostgreSQL database.</summary>
public sealed class PostgresNotificationRepositoryTests(PostgresDatabaseFixture database) : NotificationRepositoryTests, IClassFixture<PostgresDatabaseFixture>
{
    protected override void Configure(IDictionary<string, string?> settings) => UsePostgres(settings, database);
}
