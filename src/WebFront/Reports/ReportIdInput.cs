using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Reports;

/// <summary>The input <c>{ reportId }</c> (<c>admin.getReport</c>, <c>admin.reopenReport</c>).</summary>
public sealed record ReportIdInput([property: FieldRequired][property: FieldId] string? ReportId);
