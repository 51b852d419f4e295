namespace Vrss.GrainInterfaces.Media;

/// <summary>A completed media item as clients see it (API.md <c>media.completeUpload</c> output).</summary>
/// <param name="Id">The media id.</param>
/// <param name="Url">Where to fetch it.</param>
/// <param name="Type"><c>image</c>, <c>video</c> or <c>audio</c>.</param>
/// <param name="Size">Its size in bytes.</param>
/// <param name="ContentType">Its MIME type.</param>
[GenerateSerializer, Immutable]
public sealed record MediaView(string Id, string Url, string Type, long Size, string ContentType);
