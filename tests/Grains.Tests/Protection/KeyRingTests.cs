using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Vrss.Grains.Data;
using Vrss.Grains.Protection;
using Vrss.Testing;

namespace Vrss.Grains.Tests.Protection;

/// <summary>
/// The Data Protection key ring every silo shares: separate service providers stand for separate silo processes,
/// each with its own Data Protection over the same store.
/// </summary>
public sealed class KeyRingTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    private static readonly byte[] s_secret = Encoding.UTF8.GetBytes("twenty bytes secret!");

    [Fact]
    public async Task Postgres_SilosStartingTogether_CreateOneKey_AndReadEachOthersSecrets()
    {
        var connectionString = await database.CreateEmptyDatabaseAsync("keyring");
        await using (var dataSource = NpgsqlDataSource.Create(connectionString))
        {
            await SchemaMigrator.MigrateAsync(dataSource);
        }

        var silos = Enumerable.Range(0, 4).Select(_ => Silo("Postgres", connectionString, shared: null)).ToList();
        await Task.WhenAll(silos.Select(s => Task.Run(() => s.GetServices<IHostedService>().OfType<KeyRingInitializer>().Single().StartAsync(default))));

        await using (var dataSource = NpgsqlDataSource.Create(connectionString))
        await using (var command = dataSource.CreateCommand("SELECT count(*) FROM data_protection_keys"))
        {
            Assert.Equal(1L, await command.ExecuteScalarAsync());
        }

        var written = Protector(silos[0]).Protect(s_secret);
        Assert.Equal(s_secret, Protector(silos[3]).Unprotect(written));
        Assert.Equal(s_secret, Protector(Silo("Postgres", connectionString, shared: null)).Unprotect(written));
        silos.ForEach(s => s.Dispose());
    }

    [Fact]
    public void Memory_SilosOfOneProcessShareTheKeyRingThroughTheirMemoryDatabase()
    {
        var shared = new MemoryDatabase();
        using var first = Silo("Memory", null, shared);
        using var second = Silo("Memory", null, shared);
        using var elsewhere = Silo("Memory", null, new MemoryDatabase());

        var written = Protector(first).Protect(s_secret);

        Assert.Equal(s_secret, Protector(second).Unprotect(written));
        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => Protector(elsewhere).Unprotect(written));
    }

    private static IDataProtector Protector(IServiceProvider silo) =>
        silo.GetRequiredService<IDataProtectionProvider>().CreateProtector("Vrss.Tests.KeyRing");

    private static ServiceProvider Silo(string provider, string? connectionString, MemoryDatabase? shared)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Vrss:Storage:Provider"] = provider,
            ["ConnectionStrings:Vrss"] = connectionString,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System);
        if (shared is not null)
        {
            services.AddSingleton(shared);
        }

        return services.AddSecretProtection(configuration).BuildServiceProvider();
    }
}
