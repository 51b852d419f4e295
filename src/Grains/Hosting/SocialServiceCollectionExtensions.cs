using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Vrss.Grains.Data;
using Vrss.Grains.Feeds;
using Vrss.Grains.Posts;
using Vrss.Grains.Social;
using Vrss.Grains.Users;

namespace Vrss.Grains.Hosting;

/// <summary>Registers the social graph and feeds: profiles, posts, follows, connections, home feeds and discovery.</summary>
public static class SocialServiceCollectionExtensions
{
    /// <summary>
    /// Adds the services the User, Post, Feed and social-query grains use, the feed options (<c>Vrss:Feeds</c>) and
    /// the pulled-author repository for <c>Vrss:Storage:Provider</c>. Expects <see cref="SocialDataServiceCollectionExtensions.AddSocialData"/>.
    /// </summary>
    public static IServiceCollection AddSocial(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<FeedOptions>()
            .Bind(configuration.GetSection(FeedOptions.SectionName))
            .Validate(o => o.MaxItems >= 1 && o.FanOutFollowerLimit >= 0 && o.FanOutBatchSize >= 1 && o.InactiveAfter > TimeSpan.Zero,
                "Vrss:Feeds needs MaxItems >= 1, FanOutFollowerLimit >= 0, FanOutBatchSize >= 1 and InactiveAfter > 0.")
            .ValidateOnStart();
        if (StorageProvider.Of(configuration) == StorageProvider.Postgres)
        {
            services.TryAddSingleton<IPullAuthorRepository, PostgresPullAuthorRepository>();
        }
        else
        {
            services.TryAddSingleton<MemoryDatabase>();
            services.TryAddSingleton<IPullAuthorRepository, MemoryPullAuthorRepository>();
        }

        services.TryAddSingleton<ISocialEventSink, NullSocialEventSink>();
        services.TryAddSingleton<SocialEvents>();
        services.TryAddSingleton<MediaLinks>();
        services.TryAddSingleton<PostViews>();
        services.TryAddSingleton<FeedFanOut>();
        services.TryAddSingleton<UserSocialServices>();
        return services;
    }
}
