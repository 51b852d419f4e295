using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Operations;

/// <summary>The input of <c>admin.removeOrphanMedia</c>.</summary>
/// <param name="DryRun">True to only list what would go; required, so nothing is deleted by omission.</param>
/// <param name="OlderThanHours">As in <c>admin.listOrphanMedia</c>.</param>
/// <param name="Limit">As in <c>admin.listOrphanMedia</c>.</param>
public sealed record RemoveOrphanMediaInput(
    [property: FieldRequired] bool? DryRun,
    [property: FieldRange(0, OrphanQuery.MaxHours)] int? OlderThanHours,
    [property: FieldRange(1, OrphanQuery.MaxLimit)] int? Limit);
