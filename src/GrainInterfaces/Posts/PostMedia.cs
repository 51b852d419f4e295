using Vrss.GrainInterfaces.Media;

namespace Vrss.GrainInterfaces.Posts;

/// <summary>A medium attached to a post, as readers see it.</summary>
/// <param name="Id">The media id.</param>
/// <param name="Url">Where readers fetch it.</param>
/// <param name="Kind">Image, video or audio.</param>
/// <param name="ContentType">Its MIME type.</param>
[GenerateSerializer, Immutable]
public sealed record PostMedia(string Id, string? Url, MediaKind Kind, string ContentType);
