using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Operations;

/// <summary>The input of <c>admin.listOrphanMedia</c>.</summary>
/// <param name="OlderThanHours">Only uploads completed at least this many hours ago (default 24: a post may still be on its way).</param>
/// <param name="Limit">At most this many (default 100).</param>
public sealed record OrphanMediaInput(
    [property: FieldRange(0, OrphanQuery.MaxHours)] int? OlderThanHours,
    [property: FieldRange(1, OrphanQuery.MaxLimit)] int? Limit);
