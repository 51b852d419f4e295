namespace Vrss.Silo.Hosting;

/// <summary>Cluster identity and failure detection, bound from <c>Vrss:Cluster</c> and <c>Vrss:Clustering</c>.</summary>
public sealed class ClusterSettings
{
    /// <summary>Silos with the same cluster id form one cluster (a deployment).</summary>
    public string ClusterId { get; set; } = "vrss";

    /// <summary>Stable across deployments: grain state and reminders are keyed by it.</summary>
    public string ServiceId { get; set; } = "vrss";

    /// <summary><c>Localhost</c> (one silo, no database) or <c>Postgres</c> (the membership table in PostgreSQL).</summary>
    public string Provider { get; set; } = "Localhost";

    /// <summary>
    /// Runs the silo as a Kubernetes pod (Orleans' Kubernetes hosting): its name and address come from the pod
    /// (<c>POD_NAME</c>, <c>POD_IP</c>, <c>POD_NAMESPACE</c> from the downward API) and pods of dead silos are
    /// reconciled with the membership table, which stays in PostgreSQL. Explicit rather than sniffed from
    /// <c>KUBERNETES_SERVICE_HOST</c>: a silo that merely runs in a cluster (a job, a debug pod) must not act as one.
    /// </summary>
    public bool Kubernetes { get; set; }

    /// <summary>How often each silo probes others (and they it).</summary>
    public TimeSpan ProbePeriod { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Roughly how long a silo that stopped answering stays in the cluster: missed probes are counted in
    /// probe periods and a death needs two votes, so the probe timeout and missed-probe limit derive from it.
    /// </summary>
    public TimeSpan DeathTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
