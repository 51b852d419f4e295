namespace Vrss.Cluster.Tests.RollingUpgrade;

/// <summary>A silo entering (<paramref name="InRotation"/>) or leaving the load balancer's rotation, and why.</summary>
internal sealed record UpstreamTransition(int Silo, bool InRotation, string Reason, DateTime At);
