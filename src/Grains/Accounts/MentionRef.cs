namespace Vrss.Grains.Accounts;

/// <summary>Someone else's post or comment whose text may mention the account.</summary>
/// <param name="Id">The post or comment.</param>
/// <param name="AuthorId">Who wrote it.</param>
/// <param name="Content">Its text.</param>
public sealed record MentionRef(string Id, string AuthorId, string Content);
