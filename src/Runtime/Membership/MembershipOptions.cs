namespace Vrss.Runtime.Membership;

/// <summary>Membership settings, bound from <c>Vrss:Clustering</c>.</summary>
public sealed class MembershipOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Vrss:Clustering";

    /// <summary><c>Localhost</c> (one silo), <c>InMemory</c> (a TestCluster) or <c>Postgres</c>.</summary>
    public string Provider { get; set; } = "Localhost";

    /// <summary>How often a silo heartbeats and rereads the table.</summary>
    public TimeSpan ProbePeriod { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A silo whose heartbeat is older than this is declared dead by the others.</summary>
    public TimeSpan DeathTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Rows of dead silos older than this are removed.</summary>
    public TimeSpan DefunctRowAge { get; set; } = TimeSpan.FromDays(1);
}
