namespace Vrss.Grains.Email;

/// <summary>
/// Wakes this silo's relay when a message is queued here, so an email leaves within a round trip rather than at
/// the next poll. Messages queued on other silos are taken by their relays, or by this one at its next poll.
/// </summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _queued = new(0, 1);

    /// <summary>Says a message was queued.</summary>
    public void Notify()
    {
        try
        {
            _queued.Release();
        }
        catch (SemaphoreFullException)
        {
            // A wake-up is already pending; one is enough.
        }
    }

    /// <summary>Waits for a message to be queued or for <paramref name="timeout"/> on <paramref name="time"/>.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(timeout, time, timer.Token);
        var queued = _queued.WaitAsync(timer.Token);
        await Task.WhenAny(delay, queued).ConfigureAwait(false);
        await timer.CancelAsync().ConfigureAwait(false);
        try
        {
            await Task.WhenAll(delay, queued).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Whichever lost the race was cancelled; a stop request surfaces at the relay's next check.
        }
    }
}
