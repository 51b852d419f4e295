using Orleans.Hosting.Kubernetes;

namespace Vrss.Silo.Hosting;

/// <summary>
/// A silo in a Kubernetes pod: Orleans' Kubernetes hosting on top of the PostgreSQL membership table. The pod's
/// name and IP (downward API) replace <c>Vrss:Silo:Name</c> and <c>Vrss:Silo:AdvertisedAddress</c>, so the silo
/// port binds to the pod IP only and silo-to-silo TLS is required as on any non-loopback address.
/// </summary>
internal static class KubernetesSilo
{
    public static void Apply(ISiloBuilder silo, ClusterSettings cluster, SiloEndpointSettings endpoint, IConfiguration configuration)
    {
        if (cluster.Provider != "Postgres")
        {
            // Kubernetes hosting only reconciles pods with a membership table; it does not replace one.
            throw new InvalidOperationException($"Vrss:Clustering:Kubernetes=true needs Vrss:Clustering:Provider=Postgres, not '{cluster.Provider}'.");
        }

        // Orleans' hosting validates that the silo name equals the pod name, and matches members to pods by it.
        endpoint.Name = Required(configuration, KubernetesHostingOptions.PodNameEnvironmentVariable);
        endpoint.AdvertisedAddress = Required(configuration, KubernetesHostingOptions.PodIPEnvironmentVariable);
        Required(configuration, KubernetesHostingOptions.PodNamespaceEnvironmentVariable);

        // Orleans' hosting reads the cluster and service ids from these (the manifests set them from the pod's
        // orleans/* labels) and lists pods by those labels; Vrss:Cluster takes the same values so neither side
        // overrides the other whatever order the options are configured in.
        cluster.ClusterId = Optional(configuration, KubernetesHostingOptions.ClusterIdEnvironmentVariable) ?? cluster.ClusterId;
        cluster.ServiceId = Optional(configuration, KubernetesHostingOptions.ServiceIdEnvironmentVariable) ?? cluster.ServiceId;

        // Pods of silos declared dead are left to their Deployment (liveness, restarts): deleting them would need
        // the RBAC verb "delete", which the silo's role does not grant.
        silo.UseKubernetesHosting(o => o.Configure(k => k.DeleteDefunctSiloPods = false));
    }

    private static string? Optional(IConfiguration configuration, string variable) =>
        string.IsNullOrWhiteSpace(configuration[variable]) ? null : configuration[variable];

    private static string Required(IConfiguration configuration, string variable)
    {
        var value = configuration[variable];
        return string.IsNullOrWhiteSpace(value)
            ? throw new InvalidOperationException($"Vrss:Clustering:Kubernetes=true but {variable} is not set: give the pod {variable} from the downward API (deploy/k8s/silo-deployment.yaml).")
            : value;
    }
}
