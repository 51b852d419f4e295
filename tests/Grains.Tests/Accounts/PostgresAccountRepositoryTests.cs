using Microsoft.Extensions.Options;
using Vrss.Grains.Accounts;
using Vrss.Grains.Data;
using Vrss.Grains.Idempotency;
using Vrss.Grains.Moderation;
using Vrss.Grains.Notifications;
using Vrss.Grains.Posts;
using Vrss.Grains.Social;
using Vrss.Testing;

namespace Vrss.Grains.Tests.Accounts;

public sealed class PostgresAccountRepositoryTests(PostgresDatabaseFixture database) : AccountRepositoryTests, IClassFixture<PostgresDatabaseFixture>
{
    private readonly DbRetry _db = PostgresRepositories.Db(database);

    protected override IEmailChangeRepository EmailChanges => new PostgresEmailChangeRepository(_db);

    protected override IExportRepository Exports => new PostgresExportRepository(_db);

    protected override IAccountDataRepository Data => new PostgresAccountDataRepository(_db, Options.Create(new IdempotencyOptions()));

    protected override IPostRepository Posts => new PostgresPostRepository(_db, new WriteBatcher(_db));

    protected override ICommentRepository Comments => new PostgresCommentRepository(_db);

    protected override IReactionRepository Reactions => new PostgresReactionRepository(_db);

    protected override IFollowRepository Follows => new PostgresFollowRepository(_db);

    protected override INotificationRepository Notifications => new PostgresNotificationRepository(_db);

    protected override IAccountStandingRepository Standings => new PostgresAccountStandingRepository(_db);
}
