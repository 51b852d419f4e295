namespace Vrss.WebFront.Media;

/// <summary>The input of <c>media.completeUpload</c>.</summary>
public sealed record CompleteUploadInput(string? UploadId, string? MediaId);
