using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Media;

/// <summary>The input of <c>media.delete</c>.</summary>
public sealed record DeleteMediaInput([property: FieldRequired][property: FieldText(1, 64, Pattern = "^[\\x21-\\x7E]{1,64}$")] string? MediaId);
