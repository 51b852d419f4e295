using Vrss.GrainInterfaces.Errors;

namespace Vrss.Grains.Reports;

/// <summary>The errors of the report procedures, worded once.</summary>
internal static class ReportErrors
{
    public static VrssException NotFound() => new(ErrorCode.ResourceNotFound, "report not found");

    public static VrssException AlreadyResolved() => new(ErrorCode.ReportAlreadyResolved, "The report is resolved; reopen it first.");

    public static VrssException NotResolved() => new(ErrorCode.ReportNotResolved, "The report is open; only a resolved report can be reopened.");

    public static VrssException CommentNotFound() => new(ErrorCode.ResourceNotFound, "comment not found");
}
