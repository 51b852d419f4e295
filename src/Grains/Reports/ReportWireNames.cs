using Vrss.GrainInterfaces.Reports;

namespace Vrss.Grains.Reports;

/// <summary>The wire names of report actions, as the audit log's <c>detail</c> stores them.</summary>
internal static class ReportWireNames
{
    public static string Of(ReportAction action) => action switch
    {
        ReportAction.None => "none",
        ReportAction.RemoveContent => "remove_content",
        ReportAction.Silence => "silence",
        ReportAction.Suspend => "suspend",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };
}
