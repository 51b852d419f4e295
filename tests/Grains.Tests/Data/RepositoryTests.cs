using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Vrss.Grains.Hosting;
using Vrss.Grains.Moderation;
using Vrss.Grains.Reports;
using Vrss.Grains.Users;
using Vrss.Testing;

namespace Vrss.Grains.Tests.Data;

/// <summary>
/// Base of the repository contract suites: each test gets the repositories of one provider, registered by
/// <see cref="SocialDataServiceCollectionExtensions.AddSocialData"/> exactly as a silo registers them. Memory
/// tests get a fresh in-memory database; Postgres tests of one class share one fresh database, so every test
/// makes its own ids and never assumes the tables are empty.
/// </summary>
public abstract class RepositoryTests : IAsyncLifetime
{
    /// <summary>A fixed instant the tests count from; the extra ticks check that times are kept to the microsecond.</summary>
    protected static readonly DateTimeOffset T0 = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero).AddTicks(1_234_567);

    private ServiceProvider? _services;

    /// <summary>Sets <c>Vrss:Storage:Provider</c> (and the connection string for Postgres).</summary>
    protected abstract void Configure(IDictionary<string, string?> settings);

    /// <summary>Resolves a repository.</summary>
    protected T Get<T>() where T : notnull =>
        (_services ?? throw new InvalidOperationException("Not initialised.")).GetRequiredService<T>();

    /// <summary>A fresh, time-ordered id with a readable prefix.</summary>
    protected static string NewId(string prefix) => $"{prefix}-{Guid.CreateVersion7():N}";

    /// <summary>A time <paramref name="minutes"/> after <see cref="T0"/>, truncated as the database stores it.</summary>
    protected static DateTimeOffset At(double minutes) => Micro(T0.AddMinutes(minutes));

    /// <summary>The instant as the database stores it: UTC, whole microseconds.</summary>
    protected static DateTimeOffset Micro(DateTimeOffset value) => new(value.UtcTicks - (value.UtcTicks % 10), TimeSpan.Zero);

    /// <inheritdoc />
    public Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?>();
        Configure(settings);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSocialData(configuration);
        services.AddAccounts(configuration);
        services.AddSocial(configuration);
        services.AddModeration(configuration);
        services.AddReports(configuration);
        _services = services.BuildServiceProvider();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
    }

    /// <summary>Settings for the Memory provider.</summary>
    protected static void UseMemory(IDictionary<string, string?> settings) => settings["Vrss:Storage:Provider"] = "Memory";

    /// <summary>Settings for the Postgres provider on the fixture's database.</summary>
    protected static void UsePostgres(IDictionary<string, string?> settings, PostgresDatabaseFixture database)
    {
        settings["Vrss:Storage:Provider"] = "Postgres";
        settings["ConnectionStrings:Vrss"] = database.ConnectionString;
    }
}
