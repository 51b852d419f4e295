namespace Vrss.WebFront.Media;

/// <summary>The output of <c>media.initiateUpload</c>: PUT the bytes to <see cref="UploadUrl"/> with <see cref="Headers"/>.</summary>
public sealed record InitiateUploadOutput(string UploadId, string UploadUrl, string MediaId, DateTimeOffset ExpiresAt, IReadOnlyDictionary<string, string> Headers);
