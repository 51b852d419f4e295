using Microsoft.Extensions.Configuration;
using Npgsql;
using Vrss.Grains.Data;

namespace Vrss.Grains.Tests.Data;

/// <summary>The connection string every PostgreSQL user of the silo shares (our data source and Orleans' providers).</summary>
public sealed class PostgresConnectionStringTests
{
    [Fact]
    public void PooledConnectionsAreNotReset_UnlessTheOperatorSaysSo()
    {
        static NpgsqlConnectionStringBuilder Of(string connectionString) =>
            new(PostgresOptions.ConnectionString(new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Vrss"] = connectionString })
                .Build()));

        var plain = Of("Host=db;Database=vrss;Username=vrss");
        var explicitReset = Of("Host=db;Database=vrss;Username=vrss;No Reset On Close=false");

        Assert.True(plain.NoResetOnClose);
        Assert.Equal("db", plain.Host);
        Assert.Equal("vrss", plain.Database);
        Assert.False(explicitReset.NoResetOnClose);
    }
}
