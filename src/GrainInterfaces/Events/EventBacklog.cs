namespace Vrss.GrainInterfaces.Events;

/// <summary>What a user's event log holds after a given event id.</summary>
/// <param name="Events">The retained events after the id, oldest first (empty when <paramref name="Complete"/> is false).</param>
/// <param name="LastId">The last id the log has issued: where a reader continues from.</param>
/// <param name="Complete">
/// False when the log cannot tell exactly what came after the id: it is older than the retained window, it was
/// never issued, or events after it were lost with a failed silo. The reader must reload its state.
/// </param>
[GenerateSerializer, Immutable]
public sealed record EventBacklog(IReadOnlyList<UserEvent> Events, long LastId, bool Complete);
