using System.Text.Json.Serialization;

namespace Vrss.GrainInterfaces.Moderation;

/// <summary>What staff decided about an account (the <c>status</c> of an admin account view).</summary>
public enum AccountStatus
{
    /// <summary><c>active</c>: no restriction.</summary>
    [JsonStringEnumMemberName("active")]
    Active = 0,

    /// <summary><c>silenced</c>: the account's posts leave discovery, search and non-followers' reads.</summary>
    [JsonStringEnumMemberName("silenced")]
    Silenced = 1,

    /// <summary><c>suspended</c>: cannot sign in; its profile and posts are hidden from everyone.</summary>
    [JsonStringEnumMemberName("suspended")]
    Suspended = 2,

    /// <summary><c>pending_deletion</c>: the member asked to delete the account; it is hidden until the purge.</summary>
    [JsonStringEnumMemberName("pending_deletion")]
    PendingDeletion = 3,
}
