namespace Vrss.WebFront.Operations;

/// <summary>Activations of one grain type in <c>admin.getCluster</c>.</summary>
/// <param name="GrainType">The grain class's full name.</param>
/// <param name="Activations">Its activations over every active silo.</param>
/// <param name="Silos">On how many silos it has activations.</param>
public sealed record GrainTypeShape(string GrainType, int Activations, int Silos);
