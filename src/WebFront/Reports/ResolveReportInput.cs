using Vrss.GrainInterfaces.Reports;
using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Reports;

/// <summary>The input of <c>admin.resolveReport</c>.</summary>
[InputRule("reason is not blank.")]
public sealed record ResolveReportInput(
    [property: FieldRequired][property: FieldId] string? ReportId,
    [property: FieldRequired] ReportAction? Action,
    [property: FieldRequired][property: FieldText(1, 1000)] string? Reason);
