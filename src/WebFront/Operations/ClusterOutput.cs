namespace Vrss.WebFront.Operations;

/// <summary>The output of <c>admin.getCluster</c>.</summary>
/// <param name="Silos">Every silo in the membership table, active or not.</param>
/// <param name="GrainTypes">Activations per grain type, over the active silos, most first.</param>
/// <param name="TotalActivations">All activations, summed.</param>
public sealed record ClusterOutput(IReadOnlyList<SiloShape> Silos, IReadOnlyList<GrainTypeShape> GrainTypes, int TotalActivations);
