using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Admin;

/// <summary>The input of <c>admin.getAuditLog</c>.</summary>
public sealed record AuditLogInput(
    [property: FieldId] string? ActorId,
    [property: FieldId] string? TargetUserId,
    [property: FieldText(0, 512, LengthCode = ErrorCode.InvalidFormat)] string? Cursor,
    [property: FieldRange(1, 100)] int? Limit);
