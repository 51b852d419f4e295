using Microsoft.Extensions.DependencyInjection;
using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Media;
using Vrss.Grains.Media;
using Vrss.Grains.Media.Storage;
using Vrss.Testing;
using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.WebFront.Tests.Media;

/// <summary>Quota accounting under concurrency and crashes, on a 3-silo cluster with PostgreSQL.</summary>
public sealed class MediaQuotaClusterTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>, IDisposable
{
    private const long Quota = 12_000;
    private readonly string _folder = Directory.CreateTempSubdirectory("vrss-quota-media-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task HundredConcurrentReservationsForThreeTimesTheQuota_NeverExceedIt_AndUsedIsExactlyWhatCompleted()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var cluster = await StartAsync(clock);
        var userId = $"racer{Guid.NewGuid():N}";
        var sizes = Enumerable.Range(0, 100).Select(i => 340L + (i % 40)).ToList();
        Assert.InRange(sizes.Sum(), 3 * Quota - 2_000, 3 * Quota + 2_000);

        var attempts = await Task.WhenAll(sizes.Select(async (size, i) =>
        {
            var mediaId = Guid.CreateVersion7().ToString("N");
            var grains = cluster.Silos[i % 3].GrainFactory;
            try
            {
                var ticket = await grains.GetGrain<IUploadSessionGrain>(mediaId).InitiateAsync(new UploadRequest(userId, $"f{i}.png", "image/png", size));
                return (Ticket: ticket, Size: size);
            }
            catch (VrssException exception) when (exception.Code == ErrorCode.StorageLimitExceeded)
            {
                return (Ticket: (UploadTicket?)null, Size: size);
            }
        }));

        var accepted = attempts.Where(a => a.Ticket is not null).ToList();
        var usage = await cluster.GrainFactory.GetGrain<IUserStorageGrain>(userId).GetUsageAsync();
        Assert.Equal(accepted.Sum(a => a.Size), usage.Reserved);
        Assert.True(usage.Reserved <= Quota, $"reserved {usage.Reserved} of {Quota}");
        Assert.True(usage.Reserved > Quota - 400, "the quota should have been filled, not refused early");
        Assert.Equal(0, usage.Used);

        // Complete every other accepted upload through some silo; abandon the rest.
        var receiver = cluster.Silos[0].Services.GetRequiredService<LocalUploadReceiver>();
        var completed = accepted.Where((_, i) => i % 2 == 0).ToList();
        foreach (var (ticket, size) in completed)
        {
            var token = ticket!.UploadUrl[(ticket.UploadUrl.LastIndexOf('/') + 1)..];
            Assert.Equal(LocalUploadResult.Stored, await receiver.ReceiveAsync(token, "image/png", size, new MemoryStream(MediaFiles.Png((int)size)), CancellationToken.None));
        }

        await Task.WhenAll(completed.Select((a, i) =>
            cluster.Silos[i % 3].GrainFactory.GetGrain<IUploadSessionGrain>(a.Ticket!.MediaId).CompleteAsync(userId)));
        clock.Advance(TimeSpan.FromMinutes(61));
        await cluster.Silos[1].Services.GetRequiredService<MediaSweepTrigger>().SweepAsync();

        usage = await cluster.GrainFactory.GetGrain<IUserStorageGrain>(userId).GetUsageAsync();
        Assert.Equal(completed.Sum(a => a.Size), usage.Used);
        Assert.Equal(0, usage.Reserved);
        var table = await cluster.ServiceProvider.GetRequiredService<IMediaRepository>().ComputeUsageAsync(userId);
        Assert.Equal(new MediaUsage(usage.Used, 0), table);
    }

    [Fact]
    public async Task SiloKilledBetweenInitiateAndComplete_ReservationSurvives_AndIsReleasedAtExpiry()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var cluster = await StartAsync(clock);
        var victim = cluster.Silos[2];
        var userId = await KeyOwnedByAsync(victim, "userstorage", key => victim.GrainFactory.GetGrain<IUserStorageGrain>(key).GetUsageAsync());
        var mediaId = await KeyOwnedByAsync(victim, "uploadsession", key => victim.GrainFactory.GetGrain<IUploadSessionGrain>(key).GetAsync());

        await cluster.Silos[0].GrainFactory.GetGrain<IUploadSessionGrain>(mediaId).InitiateAsync(new UploadRequest(userId, "crash.png", "image/png", 900));
        await cluster.KillSiloAsync(victim);

        var usage = await cluster.Silos[0].GrainFactory.GetGrain<IUserStorageGrain>(userId).GetUsageAsync();
        Assert.Equal(new StorageUsage(0, 900, Quota), usage);

        // The upload's grain is gone with its silo; only storage knows the upload now. Its expiry releases it.
        clock.Advance(TimeSpan.FromMinutes(61));
        await PollAsync(async () =>
        {
            await cluster.Silos[1].Services.GetRequiredService<MediaSweepTrigger>().SweepAsync();
            return (await cluster.Silos[1].GrainFactory.GetGrain<IUserStorageGrain>(userId).GetUsageAsync()).Reserved == 0;
        });
        var record = await cluster.ServiceProvider.GetRequiredService<IMediaRepository>().GetAsync(mediaId);
        Assert.Equal(MediaStatus.Expired, record!.Status);
        var error = await Assert.ThrowsAsync<VrssException>(() => cluster.Silos[1].GrainFactory.GetGrain<IUploadSessionGrain>(mediaId).CompleteAsync(userId));
        Assert.Equal(ErrorCode.UploadExpired, error.Code);
    }

    private Task<TestCluster> StartAsync(TimeProvider clock) =>
        TestCluster.StartAsync(o =>
        {
            o.Silos = 3;
            o.TimeProvider = clock;
            o.UseVrssProduct();
            o.UsePostgresStorage(database.ConnectionString);
            o.Configuration["Vrss:Media:Provider"] = "Local";
            o.Configuration["Vrss:Media:Local:DataPath"] = _folder;
            o.Configuration["Vrss:Media:Local:SigningKey"] = Convert.ToBase64String(new byte[32]);
            o.Configuration["Vrss:Media:DefaultQuotaBytes"] = Quota.ToString(System.Globalization.CultureInfo.InvariantCulture);
        });

    // Activates grains through `silo` until one lands there (Orleans places new activations itself).
    private static async Task<string> KeyOwnedByAsync(TestSilo silo, string grainType, Func<string, Task> activate)
    {
        while (true)
        {
            var key = Guid.CreateVersion7().ToString("N");
            await activate(key);
            if (await silo.IsActiveHereAsync(GrainId.Create(grainType, key)))
            {
                return key;
            }
        }
    }

    private static async Task PollAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting for the reservation to be released");
            await Task.Delay(100);
        }
    }
}
