using Vrss.GrainInterfaces.Media;
using Vrss.Grains.Media;
using Vrss.Grains.Tests.Data;

namespace Vrss.Grains.Tests.Media;

/// <summary>The contract of <see cref="IMediaRepository"/>, run against each provider by the derived classes.</summary>
public abstract class MediaRepositoryTests : RepositoryTests
{
    private IMediaRepository Media => Get<IMediaRepository>();

    [Fact]
    public async Task Create_StoresTheRecord_AndGetReturnsIt()
    {
        var media = NewMedia(NewId("owner"));

        Assert.True(await Media.CreateAsync(media));

        Assert.Equal(media with { CreatedAt = Micro(media.CreatedAt), ExpiresAt = Micro(media.ExpiresAt) }, await Media.GetAsync(media.Id));
        Assert.Null(await Media.GetAsync(NewId("media")));
    }

    [Fact]
    public async Task Create_TakenId_ReturnsFalse_AndKeepsTheFirst()
    {
        var media = NewMedia(NewId("owner"));
        await Media.CreateAsync(media);

        Assert.False(await Media.CreateAsync(media with { Filename = "other.png" }));

        Assert.Equal(media.Filename, (await Media.GetAsync(media.Id))!.Filename);
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Media.CreateAsync(media with { Id = NewId("media"), Size = -1 }));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Media.CreateAsync(media with { Id = NewId("media"), Kind = (MediaKind)5 }));
    }

    [Fact]
    public async Task GetMany_ReturnsTheExistingRecordsById()
    {
        var owner = NewId("owner");
        var records = new[] { NewMedia(owner), NewMedia(owner), NewMedia(NewId("other")) };
        foreach (var record in records)
        {
            await Media.CreateAsync(record);
        }

        var found = await Media.GetManyAsync([records[2].Id, NewId("media"), records[0].Id, records[1].Id, records[0].Id]);

        Assert.Equal(records.Select(r => r.Id).Order(StringComparer.Ordinal), found.Select(r => r.Id));
        Assert.Empty(await Media.GetManyAsync([]));
    }

    [Fact]
    public async Task Transition_HappensOnlyFromTheExpectedStatus()
    {
        var media = NewMedia(NewId("owner"));
        await Media.CreateAsync(media);

        Assert.Null(await Media.TransitionAsync(media.Id, MediaStatus.Completed, MediaStatus.Failed, At(1)));
        var completed = await Media.TransitionAsync(media.Id, MediaStatus.Pending, MediaStatus.Completed, T0.AddMinutes(2));
        Assert.Null(await Media.TransitionAsync(media.Id, MediaStatus.Pending, MediaStatus.Expired, At(3)));
        Assert.Null(await Media.TransitionAsync(NewId("media"), MediaStatus.Pending, MediaStatus.Completed, At(3)));

        Assert.Equal(MediaStatus.Completed, completed!.Status);
        Assert.Equal(At(2), completed.CompletedAt);
        Assert.Equal(completed, await Media.GetAsync(media.Id));

        var failed = NewMedia(media.OwnerId);
        await Media.CreateAsync(failed);
        var moved = await Media.TransitionAsync(failed.Id, MediaStatus.Pending, MediaStatus.Failed, At(4));
        Assert.Equal((MediaStatus.Failed, (DateTimeOffset?)null), (moved!.Status, moved.CompletedAt));
    }

    [Fact]
    public async Task Transition_CompletionRacingExpiry_ExactlyOneWins()
    {
        var media = NewMedia(NewId("owner"));
        await Media.CreateAsync(media);

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            Media.TransitionAsync(media.Id, MediaStatus.Pending, i % 2 == 0 ? MediaStatus.Completed : MediaStatus.Expired, At(i))));

        var winner = Assert.Single(results, r => r is not null);
        Assert.Equal(winner, await Media.GetAsync(media.Id));
    }

    [Fact]
    public async Task Delete_ReturnsTheDeletedRecord()
    {
        var media = NewMedia(NewId("owner"));
        await Media.CreateAsync(media);

        Assert.Equal(media.Id, (await Media.DeleteAsync(media.Id))!.Id);
        Assert.Null(await Media.DeleteAsync(media.Id));
        Assert.Null(await Media.GetAsync(media.Id));
    }

    [Fact]
    public async Task GetExpiredPending_ReturnsPendingUploadsPastExpiry_InBatches()
    {
        // Expiries long before T0, so other tests' uploads in a shared database are never expired at "now".
        var now = new DateTimeOffset(2001, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var owner = NewId("owner");
        var expired = new List<MediaRecord>();
        for (var i = 0; i < 7; i++)
        {
            var media = NewMedia(owner, expiresAt: now.AddMinutes(-10 + (i / 2)));
            await Media.CreateAsync(media);
            expired.Add(media);
        }

        var atTheEdge = NewMedia(owner, expiresAt: now);
        await Media.CreateAsync(atTheEdge);
        expired.Add(atTheEdge);
        await Media.CreateAsync(NewMedia(owner, expiresAt: now.AddTicks(10)));
        var done = NewMedia(owner, expiresAt: now.AddMinutes(-20));
        await Media.CreateAsync(done);
        await Media.TransitionAsync(done.Id, MediaStatus.Pending, MediaStatus.Completed, now);

        var seen = await Paging.AllAsync(cursor => Media.GetExpiredPendingAsync(now, cursor, 3));

        Assert.Equal(expired.OrderBy(m => m.ExpiresAt).ThenBy(m => m.Id, StringComparer.Ordinal).Select(m => m.Id), seen.Select(m => m.Id));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Media.GetExpiredPendingAsync(now, null, IMediaRepository.MaxSweepBatch + 1));
    }

    [Fact]
    public async Task GetExpiredPending_SweepThatExpiresEachBatch_Terminates()
    {
        var now = new DateTimeOffset(1999, 6, 1, 0, 0, 0, TimeSpan.Zero); // before the other sweep test's uploads expire
        var owner = NewId("owner");
        for (var i = 0; i < 5; i++)
        {
            await Media.CreateAsync(NewMedia(owner, expiresAt: now.AddSeconds(-i)));
        }

        var swept = await Paging.AllAsync(async cursor =>
        {
            var batch = await Media.GetExpiredPendingAsync(now, cursor, 2);
            foreach (var media in batch.Items)
            {
                Assert.NotNull(await Media.TransitionAsync(media.Id, MediaStatus.Pending, MediaStatus.Expired, now));
            }

            return batch;
        });

        Assert.Equal(5, swept.Count);
        Assert.Equal(new MediaUsage(0, 0), await Media.ComputeUsageAsync(owner));
    }

    [Fact]
    public async Task ComputeUsage_SumsCompletedAsUsedAndPendingAsReserved()
    {
        var owner = NewId("owner");
        var sizes = new long[] { 100, 2_000, 30_000, 400_000, 5_000_000_000 };
        var records = sizes.Select(size => NewMedia(owner) with { Size = size }).ToList();
        foreach (var record in records)
        {
            await Media.CreateAsync(record);
        }

        await Media.CreateAsync(NewMedia(NewId("other")) with { Size = 7 });
        await Media.TransitionAsync(records[0].Id, MediaStatus.Pending, MediaStatus.Completed, At(1));
        await Media.TransitionAsync(records[4].Id, MediaStatus.Pending, MediaStatus.Completed, At(1));
        await Media.TransitionAsync(records[1].Id, MediaStatus.Pending, MediaStatus.Failed, At(1));

        Assert.Equal(new MediaUsage(5_000_000_100, 430_000), await Media.ComputeUsageAsync(owner));
        Assert.Equal(new MediaUsage(0, 0), await Media.ComputeUsageAsync(NewId("nobody")));
    }

    [Fact]
    public async Task GetTotals_CountsFilesAndBytesByStatus()
    {
        var before = await TotalsAsync();
        var owner = NewId("owner");
        var records = new[] { 10L, 200, 3_000, 40_000 }.Select(size => NewMedia(owner) with { Size = size }).ToList();
        foreach (var record in records)
        {
            await Media.CreateAsync(record);
        }

        await Media.TransitionAsync(records[0].Id, MediaStatus.Pending, MediaStatus.Completed, At(1));
        await Media.TransitionAsync(records[1].Id, MediaStatus.Pending, MediaStatus.Completed, At(1));
        await Media.TransitionAsync(records[2].Id, MediaStatus.Pending, MediaStatus.Failed, At(1));

        var after = await TotalsAsync();
        Assert.Equal((2L, 210L), Delta(MediaStatus.Completed));
        Assert.Equal((1L, 40_000L), Delta(MediaStatus.Pending));
        Assert.Equal((1L, 3_000L), Delta(MediaStatus.Failed));
        Assert.Equal((0L, 0L), Delta(MediaStatus.Expired));

        (long, long) Delta(MediaStatus status) =>
            (after.GetValueOrDefault(status).Files - before.GetValueOrDefault(status).Files, after.GetValueOrDefault(status).Bytes - before.GetValueOrDefault(status).Bytes);
    }

    [Fact]
    public async Task GetUnattached_ReturnsCompletedMediaNoLivePostShows_CompletedBeforeTheCutoff_InBatches()
    {
        var posts = Get<Vrss.Grains.Posts.IPostRepository>();
        var owner = NewId("owner");
        var records = Enumerable.Range(0, 6).Select(_ => NewMedia(owner)).ToList();
        foreach (var (record, i) in records.Select((r, i) => (r, i)))
        {
            await Media.CreateAsync(record);
            if (i != 5)
            {
                await Media.TransitionAsync(record.Id, MediaStatus.Pending, MediaStatus.Completed, At(i + 1));
            }
        }

        // 0 is on a live post, 1 on a deleted one, 2-3 on none, 4 completed after the cutoff, 5 still pending.
        await posts.CreateAsync(new Vrss.Grains.Posts.NewPost(NewId("post"), owner, GrainInterfaces.Posts.PostType.Image, "live", [records[0].Id], GrainInterfaces.Posts.PostVisibility.Public, At(10)));
        var deleted = NewId("post");
        await posts.CreateAsync(new Vrss.Grains.Posts.NewPost(deleted, owner, GrainInterfaces.Posts.PostType.Image, "gone", [records[1].Id], GrainInterfaces.Posts.PostVisibility.Public, At(11)));
        await posts.DeleteAsync(deleted, At(12));

        var found = new List<string>();
        string? cursor = null;
        do
        {
            var page = await Media.GetUnattachedAsync(At(5), cursor, 1);
            Assert.True(page.Items.Count <= 1);
            found.AddRange(page.Items.Select(m => m.Id));
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        Assert.Equal([records[1].Id, records[2].Id, records[3].Id], found.Where(records.Select(r => r.Id).Contains));
    }

    [Fact]
    public async Task GetUnattached_FindsTheFewOrphansAmongManyAttachedUploads_AcrossProbeBatches()
    {
        // More candidates than one probe of the posts takes (PostgreSQL checks 100 at a time), most of them attached,
        // so a page has to look through several batches and resume from the right place.
        var posts = Get<Vrss.Grains.Posts.IPostRepository>();
        var owner = NewId("owner");
        var records = Enumerable.Range(0, 230).Select(_ => NewMedia(owner)).ToList();
        foreach (var (record, i) in records.Select((r, i) => (r, i)))
        {
            await Media.CreateAsync(record);
            await Media.TransitionAsync(record.Id, MediaStatus.Pending, MediaStatus.Completed, At(20 + (i / 1000.0)));
        }

        var orphans = records.Where((_, i) => i % 37 == 3).Select(r => r.Id).ToList();
        foreach (var chunk in records.Select(r => r.Id).Except(orphans).Chunk(10))
        {
            await posts.CreateAsync(new Vrss.Grains.Posts.NewPost(NewId("post"), owner, GrainInterfaces.Posts.PostType.Gallery, "many", [.. chunk], GrainInterfaces.Posts.PostVisibility.Public, At(30)));
        }

        var found = new List<string>();
        string? cursor = null;
        do
        {
            var page = await Media.GetUnattachedAsync(At(25), cursor, 2);
            Assert.True(page.Items.Count <= 2);
            found.AddRange(page.Items.Select(m => m.Id));
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        Assert.Equal(orphans, found.Where(records.Select(r => r.Id).Contains));
    }

    private async Task<Dictionary<MediaStatus, (long Files, long Bytes)>> TotalsAsync() =>
        (await Media.GetTotalsAsync()).ToDictionary(t => t.Status, t => (t.Files, t.Bytes));

    private static MediaRecord NewMedia(string owner, DateTimeOffset? expiresAt = null)
    {
        var id = NewId("media");
        return new MediaRecord(
            id, owner, "cat.png", "image/png", MediaKind.Image, 1234, $"media/{owner}/{id}/cat.png",
            MediaStatus.Pending, T0, expiresAt ?? T0.AddHours(1), null);
    }
}
