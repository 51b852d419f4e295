using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Reports;

/// <summary>The input of <c>admin.removePost</c>.</summary>
[InputRule("reason is not blank.")]
public sealed record RemovePostInput(
    [property: FieldRequired][property: FieldId] string? PostId,
    [property: FieldRequired][property: FieldText(1, 1000)] string? Reason);
