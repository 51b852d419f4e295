namespace Vrss.WebFront.Media;

/// <summary>The input of <c>media.delete</c>.</summary>
public sealed record DeleteMediaInput(string? MediaId);
