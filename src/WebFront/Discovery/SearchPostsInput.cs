using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Discovery;

/// <summary>The input of <c>discovery.searchPosts</c>.</summary>
[InputRule("query is one line of text, not blank.")]
public sealed record SearchPostsInput([property: FieldRequired][property: FieldText(1, 200)] string? Query, [property: FieldText(0, 512, LengthCode = ErrorCode.InvalidFormat)] string? Cursor, [property: FieldRange(1, 100)] int? Limit);
