using Vrss.GrainInterfaces.Reports;
using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Reports;

/// <summary>The input of <c>moderation.report</c>: exactly one target, a category, and an optional comment.</summary>
[OneOfFields("userId", "username", "postId", "commentId")]
[InputRule("Give exactly one of userId, username, postId and commentId (400 / 1201 for more than one).")]
public sealed record FileReportInput(
    [property: FieldId] string? UserId,
    [property: FieldText(3, 30, Pattern = "^[A-Za-z0-9_]{3,30}$", PatternCode = ErrorCode.InvalidFormat)] string? Username,
    [property: FieldId] string? PostId,
    [property: FieldId] string? CommentId,
    [property: FieldRequired] ReportCategory? Category,
    [property: FieldText(0, 1000)] string? Comment);
