using Orleans.Runtime;

namespace Vrss.GrainInterfaces.Errors;

/// <summary>
/// Re-sends a call that is safe to repeat (idempotent by its own key, such as a notification id) while the
/// cluster recovers from a silo's death: until the dead silo is declared, calls to grains it held fail at once;
/// after, the grain reactivates on a survivor. Orleans never re-sends on its own, since it cannot know that a
/// call is safe to repeat.
/// </summary>
public static class Failover
{
    // Longer than the default death timeout (10 s) plus a membership refresh.
    private static readonly TimeSpan s_giveUpAfter = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan s_firstDelay = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan s_maxDelay = TimeSpan.FromSeconds(2);

    /// <summary>Runs <paramref name="call"/>, re-sending it while the silo it reached is unavailable.</summary>
    public static async Task<T> RetryAsync<T>(Func<Task<T>> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var giveUp = DateTime.UtcNow + s_giveUpAfter;
        var delay = s_firstDelay;
        while (true)
        {
            try
            {
                return await call();
            }
            catch (Exception exception) when (IsFailover(exception) && DateTime.UtcNow < giveUp)
            {
                await Task.Delay(delay);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, s_maxDelay.Ticks));
            }
        }
    }

    /// <summary>Runs <paramref name="call"/>, re-sending it while the silo it reached is unavailable.</summary>
    public static Task RetryAsync(Func<Task> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return RetryAsync(async () =>
        {
            await call();
            return true;
        });
    }

    // A silo that is gone or leaving; a timeout too, since the call may have been lost with its silo (and a
    // repeat is harmless by contract).
    private static bool IsFailover(Exception exception) =>
        exception is SiloUnavailableException or OrleansMessageRejectionException or TimeoutException;
}
