namespace Vrss.Grains.Tests.Orleans;

/// <summary>A grain that counts the ticks of one reminder, for the reminder provider's tests.</summary>
public interface IReminderProbeGrain : IGrainWithStringKey
{
    /// <summary>Registers the reminder (every <paramref name="period"/>).</summary>
    Task StartAsync(TimeSpan period);

    /// <summary>Unregisters it.</summary>
    Task StopAsync();
}
