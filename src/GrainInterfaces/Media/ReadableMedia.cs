namespace Vrss.GrainInterfaces.Media;

/// <summary>A media file a reader may fetch.</summary>
/// <param name="StorageKey">Where the bytes are in the media store.</param>
/// <param name="ContentType">The verified content type.</param>
/// <param name="Filename">The name the uploader gave it.</param>
[GenerateSerializer, Immutable]
public sealed record ReadableMedia(string StorageKey, string ContentType, string Filename);
