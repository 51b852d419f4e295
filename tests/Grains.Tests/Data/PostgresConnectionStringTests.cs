using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Vrss.Grains.Data;

namespace Vrss.Grains.Tests.Data;

/// <summary>The connection string every PostgreSQL user of the silo shares (our data source and Orleans' providers).</summary>
public sealed class PostgresConnectionStringTests
{
    private static IConfiguration Configuration(string connectionString, params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))
            {
                ["ConnectionStrings:Vrss"] = connectionString,
            })
            .Build();

    private static NpgsqlConnectionStringBuilder Of(string connectionString, PostgresPool pool = PostgresPool.Repositories, params (string Key, string Value)[] settings) =>
        new(PostgresOptions.ConnectionString(Configuration(connectionString, settings), pool));

    [Fact]
    public void PooledConnectionsAreNotReset_UnlessTheOperatorSaysSo()
    {
        var plain = Of("Host=db;Database=vrss;Username=vrss");
        var explicitReset = Of("Host=db;Database=vrss;Username=vrss;No Reset On Close=false");

        Assert.True(plain.NoResetOnClose);
        Assert.Equal("db", plain.Host);
        Assert.Equal("vrss", plain.Database);
        Assert.False(explicitReset.NoResetOnClose);
    }

    [Fact]
    public void EachPool_IsCapped_ByDefault_SoThreeSilosFitInPostgresDefaultMaxConnections()
    {
        var ours = Of("Host=db;Database=vrss;Username=vrss").MaxPoolSize;
        var orleans = Of("Host=db;Database=vrss;Username=vrss", PostgresPool.Orleans).MaxPoolSize;

        Assert.Equal(10, ours);
        Assert.Equal(5, orleans);

        // max_connections defaults to 100, 3 of them reserved for superusers.
        Assert.True(6 * (ours + orleans) <= 97);
    }

    [Fact]
    public void ThePoolSizes_ComeFromConfiguration_AndTheRegisteredDataSourceCarriesThem()
    {
        var configuration = Configuration(
            "Host=db;Database=vrss;Username=vrss",
            ("Vrss:Postgres:MaxPoolSize", "7"),
            ("Vrss:Postgres:OrleansMaxPoolSize", "3"));
        using var services = new ServiceCollection().AddVrssPostgres(configuration).BuildServiceProvider();

        var registered = new NpgsqlConnectionStringBuilder(services.GetRequiredService<NpgsqlDataSource>().ConnectionString);

        Assert.Equal(7, registered.MaxPoolSize);
        Assert.True(registered.NoResetOnClose);
        Assert.Equal(3, new NpgsqlConnectionStringBuilder(PostgresOptions.ConnectionString(configuration, PostgresPool.Orleans)).MaxPoolSize);
    }

    [Theory]
    [InlineData("Host=db;Maximum Pool Size=50", null)]
    [InlineData("Host=db;MaxPoolSize=50", null)]
    [InlineData("Host=db", "0")]
    [InlineData("Host=db", "5000")]
    public void APoolSizeInTheConnectionString_OrOutOfRange_FailsAtStartUp_WithTheKeyToUse(string connectionString, string? size)
    {
        var settings = size is null ? Array.Empty<(string, string)>() : [("Vrss:Postgres:MaxPoolSize", size)];

        var error = Assert.Throws<InvalidOperationException>(() => PostgresOptions.ConnectionString(Configuration(connectionString, settings)));

        Assert.Contains("Vrss:Postgres:MaxPoolSize", error.Message, StringComparison.Ordinal);
    }
}
