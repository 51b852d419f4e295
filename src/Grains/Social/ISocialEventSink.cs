namespace Vrss.Grains.Social;

/// <summary>
/// Receives <see cref="SocialEvent"/>s from the grains that perform follows, reactions, comments and connection
/// requests. The notifications feature registers its own sink; until then <see cref="NullSocialEventSink"/> drops them.
/// </summary>
public interface ISocialEventSink
{
    /// <summary>Handles one event. The change it describes is already stored; a failure here does not undo it.</summary>
    Task PublishAsync(SocialEvent socialEvent);
}
