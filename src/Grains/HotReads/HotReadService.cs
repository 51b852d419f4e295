using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace Vrss.Grains.HotReads;

/// <inheritdoc cref="IHotReadService"/>
[Reentrant]
internal sealed partial class HotReadService(
    GrainId id,
    Silo silo,
    ILoggerFactory loggerFactory,
    HotReadCache reads,
    IHiddenAuthorRepository hiddenAuthors,
    IClusterMembershipService membership,
    ILocalSiloDetails local,
    HotReadClient client,
    IOptions<HotReadOptions> options,
    TimeProvider time) : GrainService(id, silo, loggerFactory), IHotReadService
{
    private const int LoadAttempts = 10;
    private static readonly TimeSpan s_maxRetryDelay = TimeSpan.FromMinutes(1);

    private readonly ILogger _logger = loggerFactory.CreateLogger<HotReadService>();
    private readonly CancellationTokenSource _stopping = new();
    private Task _settling = Task.CompletedTask;

    /// <inheritdoc />
    public Task ApplyAsync(HotReadChange change)
    {
        reads.Apply(change);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task RevalidateAsync(HotReadChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.Kind is HotReadChangeKind.AuthorHidden or HotReadChangeKind.AuthorShown)
        {
            await LoadHiddenAuthorsAsync();
            return;
        }

        reads.Forget(change);
    }

    /// <inheritdoc />
    public async Task<bool> SeesActiveAsync(SiloAddress joiner, MembershipVersion version)
    {
        await membership.Refresh(version);
        return membership.CurrentSnapshot.GetSiloStatus(joiner) == SiloStatus.Active;
    }

    /// <inheritdoc />
    public override async Task Start()
    {
        // Grain services start before the silo joins the cluster: no read here can run before the set is filled.
        await LoadHiddenAuthorsAsync();
        await base.Start();
        _settling = Task.Run(() => SettleAsync(_stopping.Token));
    }

    /// <inheritdoc />
    public override async Task Stop()
    {
        await _stopping.CancelAsync();
        try
        {
            await _settling;
        }
        catch (OperationCanceledException)
        {
            // Stopped before settling: nothing is served from here any more.
        }

        _stopping.Dispose();
        await base.Stop();
    }

    /// <summary>
    /// Fills the silo's hidden authors with one query. A change that arrives while the query runs makes the result
    /// doubtful (the query may have read before that change's write), so it is read again; changes are rare.
    /// </summary>
    internal async Task LoadHiddenAuthorsAsync()
    {
        for (var attempt = 1; attempt <= LoadAttempts; attempt++)
        {
            var readAt = reads.HiddenAuthors.Version;
            var rows = await hiddenAuthors.ListAsync();
            if (reads.HiddenAuthors.Load(rows, readAt))
            {
                LogHiddenAuthorsLoaded(_logger, reads.HiddenAuthors.Count);
                return;
            }
        }

        throw new InvalidOperationException($"The hidden authors changed during each of {LoadAttempts} reads.");
    }

    // Until every other silo sees this one as active, their writes' broadcasts may skip it, and what it fills from the
    // tables meanwhile may be older than such a write. So: wait to be active, ask each other silo to see it (they
    // refresh their membership to this silo's version), then drop every copy and reload the hidden authors. From then
    // on each write either reaches this silo or finished before this point (HotReadBroadcast re-reads the membership
    // after sending, so a broadcast under way when another silo learned of this one reaches it too).
    private async Task SettleAsync(CancellationToken cancellationToken)
    {
        var self = local.SiloAddress;
        MembershipVersion version = default;
        await foreach (var snapshot in membership.MembershipUpdates.WithCancellation(cancellationToken))
        {
            if (snapshot.GetSiloStatus(self) == SiloStatus.Active)
            {
                version = snapshot.Version;
                break;
            }
        }

        var delay = options.Value.RetryDelay;
        var waiting = Others(self);
        while (waiting.Count > 0)
        {
            var answers = await Task.WhenAll(waiting.Select(async other => (other, sees: await AsksAsync(other, self, version))));
            waiting = [.. answers.Where(a => !a.sees).Select(a => a.other).Intersect(Others(self))];
            if (waiting.Count > 0)
            {
                await Task.Delay(delay, time, cancellationToken);
                delay = delay * 2 < s_maxRetryDelay ? delay * 2 : s_maxRetryDelay;
            }
        }

        reads.Settle();
        await LoadHiddenAuthorsAsync();
        LogSettled(_logger, version.Value);
    }

    private async Task<bool> AsksAsync(SiloAddress other, SiloAddress self, MembershipVersion version)
    {
        try
        {
            return await client.SeesActiveAsync(other, self, version).WaitAsync(options.Value.BroadcastTimeout, time);
        }
        catch (Exception exception) when (exception is TimeoutException or OrleansException)
        {
            LogNotSeenYet(_logger, other, exception.GetType().Name);
            return false;
        }
    }

    private List<SiloAddress> Others(SiloAddress self) =>
        [.. membership.CurrentSnapshot.Members.Values.Where(m => m.Status == SiloStatus.Active && !m.SiloAddress.Equals(self)).Select(m => m.SiloAddress)];

    [LoggerMessage(Level = LogLevel.Information, Message = "Hidden authors loaded: {Count}")]
    private static partial void LogHiddenAuthorsLoaded(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Hot reads settled at membership version {Version}: every silo sends this one its changes")]
    private static partial void LogSettled(ILogger logger, long version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Silo {Silo} could not confirm it sees this silo yet ({Error}); asking again")]
    private static partial void LogNotSeenYet(ILogger logger, SiloAddress silo, string error);
}
