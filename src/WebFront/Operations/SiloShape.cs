namespace Vrss.WebFront.Operations;

/// <summary>One silo of <c>admin.getCluster</c>.</summary>
/// <param name="Address">Its endpoint and generation (Orleans' silo address).</param>
/// <param name="Name">The silo's name.</param>
/// <param name="HostName">The machine it runs on.</param>
/// <param name="Status">Its membership status in lower case (active, joining, shuttingDown, dead...).</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="Activations">How many grain activations it holds (0 when it is not active).</param>
public sealed record SiloShape(string Address, string Name, string HostName, string Status, DateTimeOffset StartedAt, int Activations);
