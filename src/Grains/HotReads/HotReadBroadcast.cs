using Microsoft.Extensions.Logging;

namespace Vrss.Grains.HotReads;

/// <summary>
/// Sends one change to every other active silo and waits, within limits, for each to take it. Two edge cases are
/// handled here:
/// <list type="bullet">
/// <item>A silo that does not answer within <see cref="HotReadOptions.BroadcastTimeout"/> does not fail the write: the
/// write is committed and its answer must say so. The silo may keep the old value, so once the first call has settled
/// (answered or expired in Orleans, so it cannot land after what follows), the silo is told to drop the key (or to
/// reload its hidden authors), which is right whatever arrived in between: the next read goes to the tables. That
/// is retried, with a growing delay, until the silo takes it or leaves the cluster.</item>
/// <item>A silo that joins while the change is on its way is not in the membership snapshot the change started with.
/// After the sends, the snapshot is read again and silos not yet sent to get the change too; once the joining silo
/// learns that every other silo sees it (<see cref="HotReadService"/>), it drops what it filled before, so a fill
/// that read the tables before a write whose broadcast missed it cannot stay.</item>
/// </list>
/// </summary>
internal sealed partial class HotReadBroadcast(
    Func<IReadOnlyCollection<SiloAddress>> others,
    Func<SiloAddress, HotReadChange, Task> apply,
    Func<SiloAddress, HotReadChange, Task> revalidate,
    HotReadOptions options,
    TimeProvider time,
    ILogger logger)
{
    private static readonly TimeSpan s_maxRetryDelay = TimeSpan.FromMinutes(1);

    /// <summary>Sends <paramref name="change"/> to every other active silo, including those that join meanwhile.</summary>
    public async Task SendAsync(HotReadChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var sent = new HashSet<SiloAddress>();
        while (others().Where(sent.Add).ToList() is { Count: > 0 } targets)
        {
            await Task.WhenAll(targets.Select(t => SendToAsync(t, change))).ConfigureAwait(false);
        }
    }

    private async Task SendToAsync(SiloAddress target, HotReadChange change)
    {
        var call = apply(target, change);
        try
        {
            await call.WaitAsync(options.BroadcastTimeout, time).ConfigureAwait(false);
        }
        catch (SiloUnavailableException)
        {
            // A silo that died took its copies with it.
        }
        catch (Exception exception) when (exception is TimeoutException or OrleansException)
        {
            LogNotTaken(logger, change.Kind, target, exception.GetType().Name);

            // Off the writer's scheduling context: the writer answers now and may deactivate.
            _ = Task.Run(() => RevalidateAsync(target, change, call));
        }
    }

    /// <summary>Tells <paramref name="target"/> to drop what <paramref name="change"/> was about, once <paramref name="first"/> settled.</summary>
    internal async Task RevalidateAsync(SiloAddress target, HotReadChange change, Task first)
    {
        try
        {
            await first.ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is TimeoutException or OrleansException)
        {
            // Expired or refused: either way it will not be applied after this point.
        }

        var delay = options.RetryDelay;
        while (others().Contains(target))
        {
            try
            {
                await revalidate(target, change).WaitAsync(options.BroadcastTimeout, time).ConfigureAwait(false);
                LogRevalidated(logger, change.Kind, target);
                return;
            }
            catch (SiloUnavailableException)
            {
                return;
            }
            catch (Exception exception) when (exception is TimeoutException or OrleansException)
            {
                LogNotTaken(logger, change.Kind, target, exception.GetType().Name);
            }

            await Task.Delay(delay, time).ConfigureAwait(false);
            delay = delay * 2 < s_maxRetryDelay ? delay * 2 : s_maxRetryDelay;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Silo {Silo} did not take a hot-read {Kind} change ({Error}); its copy will be re-validated")]
    private static partial void LogNotTaken(ILogger logger, HotReadChangeKind kind, SiloAddress silo, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Silo {Silo} re-validated a hot-read {Kind} copy it had missed")]
    private static partial void LogRevalidated(ILogger logger, HotReadChangeKind kind, SiloAddress silo);
}
