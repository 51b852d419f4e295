namespace Vrss.Grains.Accounts;

/// <summary>A comment and the post it is on.</summary>
/// <param name="CommentId">The comment.</param>
/// <param name="PostId">Its post.</param>
public sealed record CommentRef(string CommentId, string PostId);
