using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Media;

/// <summary>The input of <c>media.completeUpload</c>.</summary>
public sealed record CompleteUploadInput([property: FieldRequired][property: FieldText(1, 64, Pattern = "^[\\x21-\\x7E]{1,64}$")] string? UploadId, [property: FieldRequired][property: FieldText(1, 64, Pattern = "^[\\x21-\\x7E]{1,64}$")] string? MediaId);
