using Vrss.GrainInterfaces.Posts;
using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Posts;

/// <summary>The input of <c>post.create</c>.</summary>
[InputRule("text_short: content 1-500 characters, no media; text_long: content 1-5000 characters, no media; image, video, audio: exactly one media id; gallery: 2-10 image media ids (own completed media only).")]
public sealed record CreatePostInput([property: FieldRequired][property: FieldEnum("text_short", "text_long", "image", "video", "audio", "gallery")] string? Type, [property: FieldText(0, 5000)] string? Content, [property: FieldItems(10)] IReadOnlyList<string?>? MediaIds, PostVisibility? Visibility);
