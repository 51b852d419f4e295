using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Reports;

/// <summary>The input of <c>admin.assignReport</c>: the report and the staff member (the caller when absent).</summary>
public sealed record AssignReportInput(
    [property: FieldRequired][property: FieldId] string? ReportId,
    [property: FieldId] string? UserId);
