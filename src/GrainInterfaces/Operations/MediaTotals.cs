namespace Vrss.GrainInterfaces.Operations;

/// <summary>Every upload, counted by status.</summary>
/// <param name="Completed">Completed uploads (bytes in use).</param>
/// <param name="Pending">Uploads in flight (bytes reserved).</param>
/// <param name="Failed">Uploads that failed their checks.</param>
/// <param name="Expired">Uploads never completed.</param>
[GenerateSerializer, Immutable]
public sealed record MediaTotals(
    [property: Id(0)] StatusTotal Completed,
    [property: Id(1)] StatusTotal Pending,
    [property: Id(2)] StatusTotal Failed,
    [property: Id(3)] StatusTotal Expired);
