namespace Vrss.WebFront.Events;

/// <summary>The data of a <c>post.delete</c> event.</summary>
/// <param name="PostId">The deleted post.</param>
internal sealed record PostDeletedData(string PostId);
