using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Moderation;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Reports;

/// <summary>The reason a staff action on content or reports requires: shown to the author, kept in the audit log.</summary>
internal static class StaffReasons
{
    /// <summary>Who acts and why; 400 / 1201 (field <c>reason</c>) for a blank reason.</summary>
    public static StaffReason Required(RpcContext context, string? reason) =>
        string.IsNullOrWhiteSpace(reason)
            ? throw VrssException.Invalid("reason", "reason must not be blank")
            : new StaffReason(context.UserId, reason.Trim());
}
