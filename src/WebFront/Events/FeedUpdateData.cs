using Vrss.GrainInterfaces.Posts;

namespace Vrss.WebFront.Events;

/// <summary>The data of a <c>feed.update</c> event.</summary>
/// <param name="Post">The new post in the reader's home feed.</param>
internal sealed record FeedUpdateData(PostView Post);
