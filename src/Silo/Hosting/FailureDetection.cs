using Orleans.Configuration;

namespace Vrss.Silo.Hosting;

/// <summary>
/// Orleans' membership settings from our two knobs. A silo is declared dead once it missed
/// <see cref="ClusterMembershipOptions.NumMissedProbesLimit"/> probes from two silos (or one when it is alone with
/// the prober), so with a probe every <c>ProbePeriod</c> the limit is about half the death timeout in probes; the
/// others then read the table within a refresh period.
/// </summary>
internal static class FailureDetection
{
    public static void Apply(ClusterMembershipOptions options, TimeSpan probePeriod, TimeSpan deathTimeout)
    {
        var probe = probePeriod <= TimeSpan.Zero ? TimeSpan.FromSeconds(1) : probePeriod;
        options.ProbeTimeout = probe;
        options.NumMissedProbesLimit = Math.Max(2, (int)(deathTimeout / probe / 2));
        options.TableRefreshTimeout = probe * 2;
        options.IAmAliveTablePublishTimeout = probe * 5;
        options.DeathVoteExpirationTimeout = deathTimeout * 2;
    }
}
