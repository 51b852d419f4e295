using System.Text.Json.Serialization;

namespace Vrss.GrainInterfaces.Moderation;

/// <summary>Which media quota applies to an account (<c>Vrss:Media:Quota</c>'s free or paid limit).</summary>
public enum StorageTier
{
    /// <summary><c>free</c>: the default quota.</summary>
    [JsonStringEnumMemberName("free")]
    Free = 0,

    /// <summary><c>paid</c>: the paid quota, granted by an admin.</summary>
    [JsonStringEnumMemberName("paid")]
    Paid = 1,
}
