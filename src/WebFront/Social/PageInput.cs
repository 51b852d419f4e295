namespace Vrss.WebFront.Social;

/// <summary>The input of a list of the caller's own: <c>{ cursor?, limit? }</c>.</summary>
public sealed record PageInput(string? Cursor, int? Limit);
