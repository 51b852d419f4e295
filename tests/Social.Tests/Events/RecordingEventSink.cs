using System.Collections.Concurrent;
using Vrss.Grains.Social;

namespace Vrss.Social.Tests.Events;

/// <summary>A sink that keeps every event, shared by all silos of a test cluster.</summary>
public sealed class RecordingEventSink : ISocialEventSink
{
    private readonly ConcurrentQueue<SocialEvent> _events = new();

    public IReadOnlyList<SocialEvent> Events => [.. _events];

    public Task PublishAsync(SocialEvent socialEvent)
    {
        _events.Enqueue(socialEvent);
        return Task.CompletedTask;
    }
}
