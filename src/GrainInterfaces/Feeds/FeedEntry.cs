namespace Vrss.GrainInterfaces.Feeds;

/// <summary>One post in a home feed's timeline: enough to order it and to drop it when its author is unfollowed.</summary>
/// <param name="PostId">The post.</param>
/// <param name="AuthorId">Its author.</param>
/// <param name="CreatedAt">When it was posted (the feed's order, newest first, ties broken by id).</param>
[GenerateSerializer, Immutable]
public sealed record FeedEntry(string PostId, string AuthorId, DateTimeOffset CreatedAt);
