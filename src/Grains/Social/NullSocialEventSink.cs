namespace Vrss.Grains.Social;

/// <summary>The default <see cref="ISocialEventSink"/> while no notification feature is registered: events go nowhere.</summary>
public sealed class NullSocialEventSink : ISocialEventSink
{
    /// <inheritdoc />
    public Task PublishAsync(SocialEvent socialEvent) => Task.CompletedTask;
}
