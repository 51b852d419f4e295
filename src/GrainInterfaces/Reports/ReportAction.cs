using System.Text.Json.Serialization;

namespace Vrss.GrainInterfaces.Reports;

/// <summary>What staff did when resolving a report. The numbers are stored in <c>reports.resolution_action</c>.</summary>
public enum ReportAction
{
    /// <summary><c>none</c>: nothing to act on.</summary>
    [JsonStringEnumMemberName("none")]
    None = 0,

    /// <summary><c>remove_content</c>: the reported post or comment was removed (not for reports of a user).</summary>
    [JsonStringEnumMemberName("remove_content")]
    RemoveContent = 1,

    /// <summary><c>silence</c>: the account concerned was silenced.</summary>
    [JsonStringEnumMemberName("silence")]
    Silence = 2,

    /// <summary><c>suspend</c>: the account concerned was suspended.</summary>
    [JsonStringEnumMemberName("suspend")]
    Suspend = 3,
}
