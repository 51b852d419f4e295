using Vrss.GrainInterfaces.Posts;

namespace Vrss.Grains.Accounts;

/// <summary>A reaction of the user: on which post, and which.</summary>
/// <param name="PostId">The post.</param>
/// <param name="Type">The reaction.</param>
public sealed record ReactionRef(string PostId, ReactionType Type);
