namespace Vrss.GrainInterfaces.Operations;

/// <summary>Where an outbox message stands.</summary>
public enum OutboxEntryStatus
{
    /// <summary>Waiting for a (first or further) delivery attempt.</summary>
    Queued,

    /// <summary>Given up after its attempts, kept for operators.</summary>
    Failed,
}
