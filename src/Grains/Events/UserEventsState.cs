using Vrss.GrainInterfaces.Events;

namespace Vrss.Grains.Events;

/// <summary>The persisted part of a user's event log.</summary>
public sealed class UserEventsState
{
    /// <summary>The retained events as of the last write, oldest first.</summary>
    public List<UserEvent> Events { get; set; } = [];

    /// <summary>Every id up to this one may have been issued: a new activation continues after it.</summary>
    public long ReservedThrough { get; set; }

    /// <summary>
    /// A resume from an id below this cannot be answered exactly: events after it were trimmed from the window,
    /// or were in memory only and lost when an activation died.
    /// </summary>
    public long Horizon { get; set; }

    /// <summary>True while in-memory events were issued after the last write (a new activation then knows they are lost).</summary>
    public bool HasUnwrittenEvents { get; set; }
}
