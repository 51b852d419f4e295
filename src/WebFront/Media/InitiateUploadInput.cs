namespace Vrss.WebFront.Media;

/// <summary>The input of <c>media.initiateUpload</c>.</summary>
public sealed record InitiateUploadInput(string? Filename, string? ContentType, long? Size);
