using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Reports;

/// <summary>The input of <c>admin.removeComment</c>.</summary>
[InputRule("reason is not blank.")]
public sealed record RemoveCommentInput(
    [property: FieldRequired][property: FieldId] string? CommentId,
    [property: FieldRequired][property: FieldText(1, 1000)] string? Reason);
