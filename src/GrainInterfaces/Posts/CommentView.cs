using Vrss.GrainInterfaces.Users;

namespace Vrss.GrainInterfaces.Posts;

/// <summary>A comment as readers see it.</summary>
/// <param name="Id">The comment id.</param>
/// <param name="PostId">The post it is on.</param>
/// <param name="Author">The commenter's card.</param>
/// <param name="Content">The text, exactly as written.</param>
/// <param name="CreatedAt">When it was written.</param>
/// <param name="EditedAt">When its author last edited it, or null.</param>
[GenerateSerializer, Immutable]
public sealed record CommentView(string Id, string PostId, UserCard Author, string Content, DateTimeOffset CreatedAt, DateTimeOffset? EditedAt = null);
