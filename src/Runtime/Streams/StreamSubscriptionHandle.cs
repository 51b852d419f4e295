namespace Vrss.Runtime.Streams;

/// <summary>A subscription; unsubscribing (or disposing) stops delivery.</summary>
public abstract class StreamSubscriptionHandle : IAsyncDisposable
{
    /// <summary>The stream subscribed to.</summary>
    public abstract StreamId StreamId { get; }

    /// <summary>Stops delivery to this subscription.</summary>
    public abstract Task UnsubscribeAsync();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await UnsubscribeAsync().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }
}
