using Vrss.GrainInterfaces.Moderation;
using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Admin;

/// <summary>The input of <c>admin.setRole</c>.</summary>
public sealed record SetRoleInput(
    [property: FieldRequired][property: FieldId] string? UserId,
    [property: FieldRequired] AccountRole? Role,
    [property: FieldText(0, 1000)] string? Reason);
