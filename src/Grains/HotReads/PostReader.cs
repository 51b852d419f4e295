namespace Vrss.Grains.HotReads;

/// <summary>A reader as <see cref="PostReadRule"/> sees them, relative to one post's author.</summary>
/// <param name="ReaderId">The reader, or null when nobody is signed in.</param>
/// <param name="FollowsAuthor">Whether the reader follows the post's author.</param>
/// <param name="ConnectedToAuthor">Whether the reader and the author are connections (for <c>connections</c> posts).</param>
public sealed record PostReader(string? ReaderId, bool FollowsAuthor, bool ConnectedToAuthor = false);
