namespace Vrss.Runtime.Streams;

/// <summary>A stream of items: publishers call <see cref="OnNextAsync"/>, subscribers receive each item in order.</summary>
public interface IAsyncStream<T>
{
    /// <summary>The stream's id.</summary>
    StreamId Id { get; }

    /// <summary>Delivers an item to every current subscriber; completes once each has been handed it.</summary>
    Task OnNextAsync(T item);

    /// <summary>Subscribes; items published after this completes reach <paramref name="onNext"/>, one at a time.</summary>
    Task<StreamSubscriptionHandle> SubscribeAsync(Func<T, Task> onNext);
}
