using Microsoft.Extensions.Options;
using Vrss.Grains.Data;
using Vrss.Testing;

namespace Vrss.Grains.Tests;

/// <summary>The Postgres repositories' one dependency, on a fixture's fresh, migrated database.</summary>
public static class PostgresRepositories
{
    public static DbRetry Db(PostgresDatabaseFixture database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return new DbRetry(database.DataSource, Options.Create(new PostgresOptions()));
    }
}
