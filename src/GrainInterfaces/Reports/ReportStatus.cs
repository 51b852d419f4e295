using System.Text.Json.Serialization;

namespace Vrss.GrainInterfaces.Reports;

/// <summary>Where a report stands in the staff queue. The numbers are stored in <c>reports.status</c>.</summary>
public enum ReportStatus
{
    /// <summary><c>open</c>: waiting for staff (new or reopened).</summary>
    [JsonStringEnumMemberName("open")]
    Open = 0,

    /// <summary><c>resolved</c>: staff decided and acted.</summary>
    [JsonStringEnumMemberName("resolved")]
    Resolved = 1,
}
