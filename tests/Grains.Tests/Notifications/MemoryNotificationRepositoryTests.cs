namespace Vrss.Grains.Tests.Notifications;

/// <summary>The notification repository contract on the Memory provider.</summary>
public sealed class MemoryNotificationRepositoryTests : NotificationRepositoryTests
{
    protected override void Configure(IDictionary<string, string?> settings) => UseMemory(settings);
}
