namespace Vrss.GrainInterfaces.Operations;

/// <summary>The outcome of an orphan sweep.</summary>
/// <param name="DryRun">Whether nothing was deleted.</param>
/// <param name="Orphans">The orphans found (deleted unless <paramref name="DryRun"/>).</param>
/// <param name="Bytes">Their bytes, summed.</param>
[GenerateSerializer, Immutable]
public sealed record OrphanRemoval([property: Id(0)] bool DryRun, [property: Id(1)] IReadOnlyList<OrphanMedia> Orphans, [property: Id(2)] long Bytes);
