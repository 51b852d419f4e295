using Vrss.GrainInterfaces.Moderation;
using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Admin;

/// <summary>The input of <c>admin.setStorageTier</c>.</summary>
public sealed record SetStorageTierInput(
    [property: FieldRequired][property: FieldId] string? UserId,
    [property: FieldRequired] StorageTier? Tier,
    [property: FieldText(0, 1000)] string? Reason);
