using Vrss.GrainInterfaces.Notifications;

namespace Vrss.Grains.Social;

/// <summary>
/// Something a user did that another user may want to hear about: the seam where notifications plug in. Grains
/// publish one after the change is stored; events of a user on their own content are not published.
/// </summary>
/// <param name="Type">What happened.</param>
/// <param name="RecipientId">Who it concerns (the followee, the post's author, the request's addressee...).</param>
/// <param name="ActorId">Who did it.</param>
/// <param name="PostId">The post, for reactions and comments.</param>
/// <param name="SubjectId">The comment or connection request id, when there is one.</param>
/// <param name="At">When it happened.</param>
public sealed record SocialEvent(NotificationType Type, string RecipientId, string ActorId, string? PostId, string? SubjectId, DateTimeOffset At);
