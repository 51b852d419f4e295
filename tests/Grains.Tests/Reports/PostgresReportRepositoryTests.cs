using Vrss.Testing;

namespace Vrss.Grains.Tests.Reports;

/// <summary>The report repository contract on a real PostgreSQL database.</summary>
public sealed class PostgresReportRepositoryTests(PostgresDatabaseFixture database) : ReportRepositoryTests, IClassFixture<PostgresDatabaseFixture>
{
    protected override void Configure(IDictionary<string, string?> settings) => UsePostgres(settings, database);
}
