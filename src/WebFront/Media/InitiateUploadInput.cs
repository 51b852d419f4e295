using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Media;

/// <summary>The input of <c>media.initiateUpload</c>.</summary>
[InputRule("contentType is an image/*, video/* or audio/* type of the allowlist (400 / 1601 otherwise); size is at most the per-file limit (413 / 1602) and fits the quota (413 / 1600).")]
public sealed record InitiateUploadInput([property: FieldRequired][property: FieldText(1, 255)] string? Filename, [property: FieldRequired][property: FieldText(3, 255)] string? ContentType, [property: FieldRequired] long? Size);
