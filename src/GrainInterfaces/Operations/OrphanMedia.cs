namespace Vrss.GrainInterfaces.Operations;

/// <summary>A completed upload nothing shows.</summary>
/// <param name="Id">The media id.</param>
/// <param name="OwnerId">The uploader.</param>
/// <param name="Filename">The client's file name.</param>
/// <param name="ContentType">The MIME type.</param>
/// <param name="Size">Its bytes.</param>
/// <param name="CompletedAt">When the upload completed.</param>
[GenerateSerializer, Immutable]
public sealed record OrphanMedia(
    [property: Id(0)] string Id,
    [property: Id(1)] string OwnerId,
    [property: Id(2)] string Filename,
    [property: Id(3)] string ContentType,
    [property: Id(4)] long Size,
    [property: Id(5)] DateTimeOffset CompletedAt);
