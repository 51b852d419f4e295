namespace Vrss.Grains.Notifications;

/// <summary>Notifications of the Memory provider. Guard every access with <see cref="Gate"/>.</summary>
internal sealed class MemoryNotificationTable
{
    public Lock Gate { get; } = new();

    public Dictionary<string, NotificationRecord> Rows { get; } = new(StringComparer.Ordinal);

    /// <summary>(recipient, actor, post) → id of the one reaction notification (the unique index of the Postgres schema).</summary>
    public Dictionary<(string Recipient, string Actor, string Post), string> Reactions { get; } = [];
}
