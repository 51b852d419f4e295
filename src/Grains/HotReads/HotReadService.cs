using Microsoft.Extensions.Logging;
using Orleans.Concurrency;

namespace Vrss.Grains.HotReads;

/// <inheritdoc cref="IHotReadService"/>
[Reentrant]
internal sealed partial class HotReadService(
    GrainId id,
    Silo silo,
    ILoggerFactory loggerFactory,
    HotReadCache reads,
    IHiddenAuthorRepository hiddenAuthors) : GrainService(id, silo, loggerFactory), IHotReadService
{
    private const int LoadAttempts = 10;

    private readonly ILogger _logger = loggerFactory.CreateLogger<HotReadService>();

    /// <inheritdoc />
    public Task ApplyAsync(HotReadChange change)
    {
        reads.Apply(change);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override async Task Start()
    {
        // Grain services start before the silo joins the cluster: no read here can run before the set is filled.
        await LoadHiddenAuthorsAsync();
        await base.Start();
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Hidden authors loaded: {Count}")]
    private static partial void LogHiddenAuthorsLoaded(ILogger logger, int count);
}
