namespace Vrss.Runtime.Hosting;

/// <summary>Well-known <see cref="SiloLifecycle"/> stages.</summary>
public static class SiloStage
{
    /// <summary>Storage is prepared (schema migrations).</summary>
    public const int Storage = 1000;

    /// <summary>The silo-to-silo listener opens.</summary>
    public const int Transport = 2000;

    /// <summary>The silo joins the membership table (and, stopping, marks itself dead).</summary>
    public const int Membership = 3000;

    /// <summary>Grains run (and, stopping, are deactivated).</summary>
    public const int Grains = 4000;

    /// <summary>The silo is active (and, stopping, first announces that it is leaving).</summary>
    public const int Active = 5000;
}
