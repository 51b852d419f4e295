namespace Vrss.Bench.Capacity;

/// <summary>
/// The machine a silo runs on and how full it may run, and the database side's fixed facts.
/// </summary>
/// <param name="Cores">Cores per silo.</param>
/// <param name="MemoryGiB">Memory per silo.</param>
/// <param name="TargetUtilization">How much of CPU and memory the plan may use (headroom for a silo's loss and for GC).</param>
/// <param name="MinimumSilos">Never fewer (a silo may die).</param>
/// <param name="PoolsPerSilo">Npgsql pools per silo: our NpgsqlDataSource and Orleans' ADO.NET providers (one connection string, two pools).</param>
/// <param name="MaxPoolSize">Npgsql's default Maximum Pool Size.</param>
public sealed record SiloShape(int Cores = 4, double MemoryGiB = 8, double TargetUtilization = 0.5, int MinimumSilos = 3, int PoolsPerSilo = 2, int MaxPoolSize = 100);
