using Vrss.GrainInterfaces.Operations;

namespace Vrss.WebFront.Operations;

/// <summary>The output of <c>admin.listOrphanMedia</c>.</summary>
/// <param name="Items">The orphans, oldest first.</param>
/// <param name="Bytes">Their bytes, summed.</param>
public sealed record OrphanMediaOutput(IReadOnlyList<OrphanMedia> Items, long Bytes);
