using Vrss.Grains.Accounts;
using Vrss.Grains.Data;
using Vrss.Grains.Moderation;
using Vrss.Grains.Notifications;
using Vrss.Grains.Posts;
using Vrss.Grains.Social;

namespace Vrss.Grains.Tests.Accounts;

public sealed class MemoryAccountRepositoryTests : AccountRepositoryTests
{
    private readonly MemoryDatabase _database = new();

    protected override IEmailChangeRepository EmailChanges => new MemoryEmailChangeRepository(_database);

    protected override IExportRepository Exports => new MemoryExportRepository(_database);

    protected override IAccountDataRepository Data => new MemoryAccountDataRepository(_database);

    protected override IPostRepository Posts => new MemoryPostRepository(_database);

    protected override ICommentRepository Comments => new MemoryCommentRepository(_database);

    protected override IReactionRepository Reactions => new MemoryReactionRepository(_database);

    protected override IFollowRepository Follows => new MemoryFollowRepository(_database);

    protected override INotificationRepository Notifications => new MemoryNotificationRepository(_database);

    protected override IAccountStandingRepository Standings => new MemoryAccountStandingRepository(_database);
}
