using System.Text.Json.Serialization;

namespace Vrss.GrainInterfaces.Reports;

/// <summary>What a report is about. The numbers are stored in <c>reports.target_kind</c>.</summary>
public enum ReportTargetKind
{
    /// <summary><c>user</c>: an account.</summary>
    [JsonStringEnumMemberName("user")]
    User = 0,

    /// <summary><c>post</c>: a post.</summary>
    [JsonStringEnumMemberName("post")]
    Post = 1,

    /// <summary><c>comment</c>: a comment.</summary>
    [JsonStringEnumMemberName("comment")]
    Comment = 2,
}
