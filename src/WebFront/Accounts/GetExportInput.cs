using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Accounts;

/// <summary>The input of <c>user.getExport</c>.</summary>
public sealed record GetExportInput([property: FieldRequired][property: FieldId] string? ExportId);
