namespace Vrss.GrainInterfaces.Media;

/// <summary>What a user asks to upload (API.md <c>media.initiateUpload</c>).</summary>
/// <param name="OwnerId">The uploading user.</param>
/// <param name="Filename">The file's name as the client has it.</param>
/// <param name="ContentType">The declared MIME type.</param>
/// <param name="Size">The declared size in bytes.</param>
[GenerateSerializer, Immutable]
public sealed record UploadRequest(string OwnerId, string Filename, string ContentType, long Size);
