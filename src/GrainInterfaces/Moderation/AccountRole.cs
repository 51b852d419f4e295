using System.Text.Json.Serialization;

namespace Vrss.GrainInterfaces.Moderation;

/// <summary>
/// What an account may do beyond a member's rights, ordered so that a higher value includes the lower ones (a
/// procedure open to moderators is open to admins). The numbers are stored in <c>account_standing.role</c>.
/// </summary>
public enum AccountRole
{
    /// <summary><c>member</c>: every account starts here.</summary>
    [JsonStringEnumMemberName("member")]
    Member = 0,

    /// <summary><c>moderator</c>: handles reports and takes content and accounts down.</summary>
    [JsonStringEnumMemberName("moderator")]
    Moderator = 1,

    /// <summary><c>admin</c>: everything a moderator does, plus roles, credentials, storage tiers and the audit log.</summary>
    [JsonStringEnumMemberName("admin")]
    Admin = 2,
}
