using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Vrss.Grains.Blocks;
using Vrss.Grains.Data;
using Vrss.Grains.Media;
using Vrss.Grains.Notifications;
using Vrss.Grains.Posts;
using Vrss.Grains.Social;

namespace Vrss.Grains.Hosting;

/// <summary>Registers the repositories of posts, comments, reactions, follows, follow requests, connections, media, notifications, blocks and mutes.</summary>
public static class SocialDataServiceCollectionExtensions
{
    /// <summary>
    /// Adds one implementation of each repository, Memory or Postgres as <c>Vrss:Storage:Provider</c> says
    /// (Memory when absent). Postgres uses the shared data source of <c>ConnectionStrings:Vrss</c>.
    /// </summary>
    public static IServiceCollection AddSocialData(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        switch (StorageProvider.Of(configuration))
        {
            case StorageProvider.Memory:
                services.TryAddSingleton<MemoryDatabase>();
                services.TryAddSingleton<IPostRepository, MemoryPostRepository>();
                services.TryAddSingleton<ICommentRepository, MemoryCommentRepository>();
                services.TryAddSingleton<IReactionRepository, MemoryReactionRepository>();
                services.TryAddSingleton<IFollowRepository, MemoryFollowRepository>();
                services.TryAddSingleton<IFollowRequestRepository, MemoryFollowRequestRepository>();
                services.TryAddSingleton<IConnectionRepository, MemoryConnectionRepository>();
                services.TryAddSingleton<IMediaRepository, MemoryMediaRepository>();
                services.TryAddSingleton<INotificationRepository, MemoryNotificationRepository>();
                services.TryAddSingleton<IBlockRepository, MemoryBlockRepository>();
                break;
            case StorageProvider.Postgres:
                services.AddVrssPostgres(configuration);
                services.TryAddSingleton<IPostRepository, PostgresPostRepository>();
                services.TryAddSingleton<ICommentRepository, PostgresCommentRepository>();
                services.TryAddSingleton<IReactionRepository, PostgresReactionRepository>();
                services.TryAddSingleton<IFollowRepository, PostgresFollowRepository>();
                services.TryAddSingleton<IFollowRequestRepository, PostgresFollowRequestRepository>();
                services.TryAddSingleton<IConnectionRepository, PostgresConnectionRepository>();
                services.TryAddSingleton<IMediaRepository, PostgresMediaRepository>();
                services.TryAddSingleton<INotificationRepository, PostgresNotificationRepository>();
                services.TryAddSingleton<IBlockRepository, PostgresBlockRepository>();
                break;
        }

        return services;
    }
}
