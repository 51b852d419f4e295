using Npgsql;
using Vrss.GrainInterfaces.Posts;
using Vrss.Grains.Data;
using Vrss.Grains.Posts;
using Vrss.Testing;

namespace Vrss.Grains.Tests.Data;

/// <summary>
/// Concurrent writes share round trips, and sharing changes no one's answer: each write is committed when its call
/// returns, a repeated id is still answered "not written", and a write the server refuses fails alone.
/// </summary>
public sealed class PostgresWriteBatcherTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    private static readonly DateTimeOffset s_at = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ConcurrentInserts_ShareBatches_AndEachIsCommittedWhenItsCallReturns()
    {
        var batcher = new WriteBatcher(PostgresRepositories.Db(database));
        var author = $"author-{Guid.CreateVersion7():N}";
        var ids = Enumerable.Range(0, 300).Select(i => $"batched-{i}-{Guid.CreateVersion7():N}").ToArray();

        var written = await Task.WhenAll(ids.Select(id => batcher.ExecuteAsync(Insert(id, author))));

        Assert.All(written, n => Assert.Equal(1, n));
        Assert.Equal(ids.Length, await CountAsync(author));
        Assert.Equal(ids.Length, batcher.Statements);
        Assert.True(batcher.Batches < batcher.Statements, $"{batcher.Batches} batches for {batcher.Statements} statements");
    }

    [Fact]
    public async Task ARepeatedId_IsNotWrittenTwice_InOneBatchOrAcrossBatches()
    {
        var batcher = new WriteBatcher(PostgresRepositories.Db(database));
        var author = $"author-{Guid.CreateVersion7():N}";
        var id = $"twice-{Guid.CreateVersion7():N}";

        var written = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => batcher.ExecuteAsync(Insert(id, author))));
        Assert.Equal(1, written.Sum());
        Assert.Equal(0, await batcher.ExecuteAsync(Insert(id, author)));
        Assert.Equal(1, await CountAsync(author));
    }

    [Fact]
    public async Task AWriteTheServerRefuses_FailsAlone_AndTheOthersAreWritten()
    {
        var batcher = new WriteBatcher(PostgresRepositories.Db(database));
        var author = $"author-{Guid.CreateVersion7():N}";
        var good = Enumerable.Range(0, 60).Select(i => $"good-{i}-{Guid.CreateVersion7():N}").ToArray();

        // A type outside the table's CHECK: the repositories never send one, so it stands for any refused write.
        var calls = good.Take(30).Select(id => batcher.ExecuteAsync(Insert(id, author)))
            .Append(batcher.ExecuteAsync(Insert($"bad-{Guid.CreateVersion7():N}", author, type: 9)))
            .Concat(good.Skip(30).Select(id => batcher.ExecuteAsync(Insert(id, author))))
            .ToArray();

        var refused = await Assert.ThrowsAsync<PostgresException>(() => calls[30]);
        Assert.Equal(PostgresErrorCodes.CheckViolation, refused.SqlState);
        Assert.All(await Task.WhenAll(calls.Where((_, i) => i != 30)), n => Assert.Equal(1, n));
        Assert.Equal(good.Length, await CountAsync(author));
    }

    private static SqlStatement Insert(string id, string author, short type = 0) =>
        PostStatements.Create(new NewPost(id, author, (PostType)type, "batched words", [], PostVisibility.Public, s_at));

    private async Task<long> CountAsync(string author)
    {
        await using var command = database.DataSource.CreateCommand("SELECT count(*) FROM posts WHERE author_id = $1");
        command.Parameters.AddWithValue(author);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
