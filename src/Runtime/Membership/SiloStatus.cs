namespace Vrss.Runtime.Membership;

/// <summary>A silo's state in the membership table.</summary>
public enum SiloStatus
{
    /// <summary>Starting; not yet placed on.</summary>
    Joining = 1,

    /// <summary>Running: owns the grains that hash to it.</summary>
    Active = 2,

    /// <summary>Leaving gracefully: no longer placed on, handing its grains off.</summary>
    ShuttingDown = 3,

    /// <summary>Gone: stopped, or declared dead by the others after missing its heartbeats.</summary>
    Dead = 4,
}
