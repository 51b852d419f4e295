namespace Vrss.GrainInterfaces.Media;

/// <summary>A user's storage (API.md <c>media.getStorageUsage</c>).</summary>
/// <param name="Used">Bytes of completed media.</param>
/// <param name="Reserved">Bytes reserved by uploads not yet completed.</param>
/// <param name="Limit">The quota.</param>
[GenerateSerializer, Immutable]
public sealed record StorageUsage(long Used, long Reserved, long Limit);
