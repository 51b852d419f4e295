namespace Vrss.GrainInterfaces.Operations;

/// <summary>How many uploads of one status there are and their declared bytes.</summary>
/// <param name="Files">The number of uploads.</param>
/// <param name="Bytes">Their declared sizes, summed.</param>
[GenerateSerializer, Immutable]
public sealed record StatusTotal([property: Id(0)] long Files, [property: Id(1)] long Bytes);
