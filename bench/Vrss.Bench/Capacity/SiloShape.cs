namespace Vrss.Bench.Capacity;

/// <summary>
/// The machine a silo runs on and how full it may run, and the database side's fixed facts.
/// </summary>
/// <param name="Cores">Cores per silo.</param>
/// <param name="MemoryGiB">Memory per silo.</param>
/// <param name="TargetUtilization">How much of CPU and memory the plan may use (headroom for a silo's loss and for GC).</param>
/// <param name="MinimumSilos">Never fewer (a silo may die).</param>
/// <param name="ConnectionsPerSilo">
/// The most PostgreSQL connections a silo opens: its two Npgsql pools, ours (<c>Vrss:Postgres:MaxPoolSize</c>, 10) and
/// Orleans' ADO.NET providers' (<c>Vrss:Postgres:OrleansMaxPoolSize</c>, 5).
/// </param>
public sealed record SiloShape(int Cores = 4, double MemoryGiB = 8, double TargetUtilization = 0.5, int MinimumSilos = 3, int ConnectionsPerSilo = 15);
