using System.Text.Json.Serialization;

namespace Vrss.GrainInterfaces.Reports;

/// <summary>Why a member reports something. The numbers are stored in <c>reports.category</c>.</summary>
public enum ReportCategory
{
    /// <summary><c>spam</c>: advertising, scams, repeated unwanted content.</summary>
    [JsonStringEnumMemberName("spam")]
    Spam = 0,

    /// <summary><c>harassment</c>: abuse aimed at someone.</summary>
    [JsonStringEnumMemberName("harassment")]
    Harassment = 1,

    /// <summary><c>illegal</c>: content that breaks the law.</summary>
    [JsonStringEnumMemberName("illegal")]
    Illegal = 2,

    /// <summary><c>other</c>: anything else (the comment says what).</summary>
    [JsonStringEnumMemberName("other")]
    Other = 3,
}
