namespace Vrss.Runtime.Core;

/// <summary>Why an activation is being deactivated.</summary>
public enum DeactivationReason
{
    /// <summary>The grain called <c>DeactivateOnIdle</c>.</summary>
    ApplicationRequested,

    /// <summary>The activation was idle longer than its collection age.</summary>
    ActivationIdle,

    /// <summary>The silo is shutting down gracefully.</summary>
    ShuttingDown,

    /// <summary>Membership changed and another silo now owns the grain.</summary>
    PlacementChanged,

    /// <summary>A storage write found a newer version than the activation had read.</summary>
    InconsistentState,

    /// <summary>A storage write failed, so memory may hold changes storage does not: reload from storage.</summary>
    StateWriteFailed,
}
