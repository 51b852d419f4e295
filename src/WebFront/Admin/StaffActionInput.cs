using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Admin;

/// <summary>The input of a staff action on an account: <c>{ userId, reason }</c>.</summary>
public sealed record StaffActionInput(
    [property: FieldRequired][property: FieldId] string? UserId,
    [property: FieldRequired][property: FieldText(1, 1000)] string? Reason);
