using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Vrss.Grains.Hosting;
using Vrss.Grains.Media;
using Vrss.Grains.Notifications;
using Vrss.Grains.Posts;
using Vrss.Grains.Social;
using Vrss.Testing;

namespace Vrss.Grains.Tests.Hosting;

/// <summary>Which repositories <see cref="SocialDataServiceCollectionExtensions.AddSocialData"/> registers for each provider.</summary>
public sealed class SocialDataRegistrationTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    private static readonly Type[] s_repositories =
    [
        typeof(IPostRepository), typeof(ICommentRepository), typeof(IReactionRepository), typeof(IFollowRepository),
        typeof(IConnectionRepository), typeof(IMediaRepository), typeof(INotificationRepository),
    ];

    [Fact]
    public async Task AddVrssGrains_WithoutAProvider_RegistersTheMemoryRepositories()
    {
        await using var services = Build(new Dictionary<string, string?>(), grains: true);

        Assert.All(s_repositories, type => Assert.StartsWith("Memory", services.GetRequiredService(type).GetType().Name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AddSocialData_Postgres_RegistersThePostgresRepositories()
    {
        await using var services = Build(new Dictionary<string, string?>
        {
            ["Vrss:Storage:Provider"] = "Postgres",
            ["ConnectionStrings:Vrss"] = database.ConnectionString,
        });

        Assert.All(s_repositories, type => Assert.StartsWith("Postgres", services.GetRequiredService(type).GetType().Name, StringComparison.Ordinal));
        Assert.Equal(0, await services.GetRequiredService<IPostRepository>().CountByAuthorAsync("nobody"));
    }

    [Fact]
    public void AddSocialData_UnknownProvider_IsRefused() =>
        Assert.Throws<InvalidOperationException>(() => Build(new Dictionary<string, string?> { ["Vrss:Storage:Provider"] = "Cassandra" }));

    private static ServiceProvider Build(Dictionary<string, string?> settings, bool grains = false)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        if (grains)
        {
            services.AddVrssGrains(configuration);
        }
        else
        {
            services.AddSocialData(configuration);
        }

        return services.BuildServiceProvider();
    }
}
