namespace Vrss.GrainInterfaces.Media;

/// <summary>
/// Finds uploads past their expiry in storage (not only in memory, so a restart loses none) and settles each
/// through its upload session. One activation serves the whole cluster, woken by a durable Orleans reminder
/// (ADO.NET reminders on PostgreSQL), so the sweep outlives any silo.
/// </summary>
public interface IMediaSweeperGrain : IGrainWithStringKey
{
    /// <summary>Registers (or keeps) the reminder that runs <see cref="SweepAsync"/> every sweep period.</summary>
    Task ScheduleAsync();

    /// <summary>
    /// Settles every expired pending upload, then deletes upload bodies left staged after their upload URLs
    /// expired; returns how many uploads it settled.
    /// </summary>
    Task<int> SweepAsync();
}
