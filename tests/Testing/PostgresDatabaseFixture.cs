using Npgsql;
using Vrss.Grains.Data;
using Xunit;

namespace Vrss.Testing;

/// <summary>
/// A fresh, migrated database on the run's shared PostgreSQL server, one per test class
/// (<c>IClassFixture&lt;PostgresDatabaseFixture&gt;</c>).
/// </summary>
public sealed class PostgresDatabaseFixture : IAsyncLifetime
{
    private NpgsqlDataSource? _dataSource;

    /// <summary>A connection string to this fixture's database.</summary>
    public string ConnectionString { get; private set; } = "";

    /// <summary>A data source for this fixture's database.</summary>
    public NpgsqlDataSource DataSource => _dataSource ?? throw new InvalidOperationException("The fixture is not initialised.");

    /// <summary>The server the database lives on.</summary>
    public PostgresServer Server { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Server = await PostgresServer.Shared;
        ConnectionString = await Server.CreateDatabaseAsync("test");
        _dataSource = NpgsqlDataSource.Create(ConnectionString);
        await SchemaMigrator.MigrateAsync(_dataSource);
    }

    /// <summary>Creates another empty (unmigrated) database on the same server.</summary>
    public Task<string> CreateEmptyDatabaseAsync(string prefix) => Server.CreateDatabaseAsync(prefix);

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }
    }
}
