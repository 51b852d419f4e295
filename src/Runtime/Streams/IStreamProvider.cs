namespace Vrss.Runtime.Streams;

/// <summary>Gives access to streams: publish to one, or subscribe to it from any silo.</summary>
public interface IStreamProvider
{
    /// <summary>Gets the stream with the given id, carrying items of type <typeparamref name="T"/>.</summary>
    IAsyncStream<T> GetStream<T>(StreamId id);
}
