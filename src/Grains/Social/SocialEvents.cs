using Microsoft.Extensions.Logging;
using Vrss.GrainInterfaces.Notifications;

namespace Vrss.Grains.Social;

/// <summary>
/// How grains publish <see cref="SocialEvent"/>s: never about oneself, and a failing sink is logged rather than
/// failing the follow, reaction or comment that already happened.
/// </summary>
public sealed partial class SocialEvents(ISocialEventSink sink, TimeProvider time, ILogger<SocialEvents> logger)
{
    /// <summary>Publishes that <paramref name="actorId"/> did <paramref name="type"/> to <paramref name="recipientId"/>.</summary>
    public async Task PublishAsync(NotificationType type, string recipientId, string actorId, string? postId = null, string? subjectId = null)
    {
        if (string.Equals(recipientId, actorId, StringComparison.Ordinal))
        {
            return;
        }

        try
        {
            await sink.PublishAsync(new SocialEvent(type, recipientId, actorId, postId, subjectId, time.GetUtcNow())).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogSinkFailed(logger, exception, type, recipientId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {Type} event for user {RecipientId} could not be published")]
    private static partial void LogSinkFailed(ILogger logger, Exception exception, NotificationType type, string recipientId);
}
