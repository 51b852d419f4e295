using Vrss.GrainInterfaces.Posts;
using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Posts;

/// <summary>The input of <c>post.react</c>.</summary>
public sealed record ReactInput([property: FieldRequired][property: FieldId] string? PostId, [property: FieldRequired] ReactionType? Reaction);
