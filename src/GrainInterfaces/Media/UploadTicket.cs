namespace Vrss.GrainInterfaces.Media;

/// <summary>Where to upload, until when (API.md <c>media.initiateUpload</c> output).</summary>
/// <param name="UploadId">The upload's id (the same as the media id).</param>
/// <param name="UploadUrl">The URL to PUT the bytes to.</param>
/// <param name="MediaId">The media's id.</param>
/// <param name="ExpiresAt">When the URL stops working and the reservation is released.</param>
/// <param name="ContentType">The <c>Content-Type</c> the PUT must carry.</param>
/// <param name="ContentLength">The <c>Content-Length</c> the PUT must carry: exactly the declared size.</param>
[GenerateSerializer, Immutable]
public sealed record UploadTicket(string UploadId, string UploadUrl, string MediaId, DateTimeOffset ExpiresAt, string ContentType, long ContentLength);
