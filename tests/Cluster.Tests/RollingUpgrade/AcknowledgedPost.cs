namespace Vrss.Cluster.Tests.RollingUpgrade;

/// <summary>A post the cluster acknowledged (200 with its id) to <paramref name="Author"/>, and when.</summary>
internal sealed record AcknowledgedPost(string Author, string Id, string Content, DateTime At);
