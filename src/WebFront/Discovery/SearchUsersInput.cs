using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Discovery;

/// <summary>The input of <c>discovery.searchUsers</c>.</summary>
[InputRule("query is one line of text, not blank.")]
public sealed record SearchUsersInput([property: FieldRequired][property: FieldText(1, 200)] string? Query, [property: FieldRange(1, 100)] int? Limit);
