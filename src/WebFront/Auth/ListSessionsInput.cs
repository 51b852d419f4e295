using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Auth;

/// <summary>The input of <c>auth.listSessions</c>.</summary>
/// <param name="Cursor">Where the previous page ended.</param>
/// <param name="Limit">Page size, 1-100 (default 20).</param>
public sealed record ListSessionsInput([property: FieldText(1, 512)] string? Cursor, [property: FieldRange(1, 100)] int? Limit);
