namespace Vrss.Grains.Tests.Orleans;

/// <inheritdoc cref="IReminderProbeGrain"/>
public sealed class ReminderProbeGrain(ReminderTicks ticks) : Grain, IReminderProbeGrain, IRemindable
{
    private const string Name = "probe";

    /// <inheritdoc />
    public Task StartAsync(TimeSpan period) => this.RegisterOrUpdateReminder(Name, period, period);

    /// <inheritdoc />
    public async Task StopAsync()
    {
        if (await this.GetReminder(Name) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    /// <inheritdoc />
    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        ticks.Tick(this.GetPrimaryKeyString());
        return Task.CompletedTask;
    }
}
