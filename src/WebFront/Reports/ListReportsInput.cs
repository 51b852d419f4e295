using Vrss.GrainInterfaces.Reports;
using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Reports;

/// <summary>The input of <c>admin.listReports</c>.</summary>
public sealed record ListReportsInput(
    ReportStatus? Status,
    ReportCategory? Category,
    bool? AssignedToMe,
    [property: FieldText(0, 512, LengthCode = ErrorCode.InvalidFormat)] string? Cursor,
    [property: FieldRange(1, 100)] int? Limit);
