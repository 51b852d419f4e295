using k8s;
using k8s.Models;

namespace Vrss.Deploy.Tests;

/// <summary>
/// The invariants of deploy/k8s that a review would otherwise have to catch: probes, shutdown within the grace
/// period, zero-downtime rollouts, labels and selectors that agree, RBAC for Orleans' Kubernetes hosting, a Service
/// that exposes the web port only, and secrets referenced by name and key, never committed.
/// </summary>
public sealed class KubernetesManifestTests
{
    private static readonly Dictionary<string, string> s_siloLabels = new()
    {
        ["app.kubernetes.io/name"] = "vrss",
        ["app.kubernetes.io/component"] = "silo",
    };

    private static V1Deployment Deployment => Kustomize.Single<V1Deployment>();

    private static V1PodSpec Pod => Deployment.Spec.Template.Spec;

    private static V1Container Silo => Assert.Single(Pod.Containers);

    [Fact]
    public void TheBase_RendersAndLoadsStrictly_WithTheExpectedKinds()
    {
        var kinds = Kustomize.Base.Select(o => o.GetType().Name).Order().ToList();
        Assert.Equal(
            ["V1ConfigMap", "V1Deployment", "V1NetworkPolicy", "V1PodDisruptionBudget", "V1Role", "V1RoleBinding", "V1Service", "V1ServiceAccount", "V2HorizontalPodAutoscaler"],
            kinds);
    }

    [Fact]
    public void EveryObject_CarriesTheAppLabel()
    {
        foreach (var o in Kustomize.Base.Cast<IKubernetesObject<V1ObjectMeta>>())
        {
            Assert.True(o.Metadata.Labels is { } labels && labels.TryGetValue("app.kubernetes.io/name", out var name) && name == "vrss", $"{o.Kind} {o.Metadata.Name} lacks app.kubernetes.io/name=vrss");
        }
    }

    [Fact]
    public void Probes_AreLiveAndReadyOnTheWebPort()
    {
        var container = Silo;
        Assert.Equal(8080, Assert.Single(container.Ports, p => p.Name == "http").ContainerPort);
        AssertHttpProbe(container.LivenessProbe, "/health/live");
        AssertHttpProbe(container.ReadinessProbe, "/health/ready");
        AssertHttpProbe(container.StartupProbe, "/health/live");
        Assert.Contains(container.Env, e => e.Name == "ASPNETCORE_URLS" && e.Value == "http://+:8080");
    }

    [Fact]
    public void GracePeriod_ExceedsPreStopPlusTheSilosShutdownTimeout()
    {
        var configured = Silo.Env.SingleOrDefault(e => e.Name == "Vrss__Silo__ShutdownTimeout")?.Value;
        var shutdown = configured is null ? Vrss.Silo.Hosting.SiloBuilderExtensions.DefaultShutdownTimeout : TimeSpan.Parse(configured, System.Globalization.CultureInfo.InvariantCulture);
        var preStop = TimeSpan.FromSeconds(Silo.Lifecycle?.PreStop?.Sleep?.Seconds ?? 0);
        var grace = TimeSpan.FromSeconds(Assert.IsType<long>(Pod.TerminationGracePeriodSeconds));
        Assert.True(grace > preStop + shutdown, $"terminationGracePeriodSeconds {grace} must exceed preStop {preStop} + shutdown timeout {shutdown}");
    }

    [Fact]
    public void Rollout_NeverTakesASiloAwayBeforeItsReplacementIsReady()
    {
        var strategy = Deployment.Spec.Strategy;
        Assert.Equal("RollingUpdate", strategy.Type);
        Assert.Equal("0", strategy.RollingUpdate.MaxUnavailable.Value);
        Assert.NotEqual("0", strategy.RollingUpdate.MaxSurge.Value);
    }

    [Fact]
    public void Selectors_MatchThePodTemplate()
    {
        var template = Deployment.Spec.Template.Metadata.Labels;
        Assert.Equal(s_siloLabels, Deployment.Spec.Selector.MatchLabels);
        AssertSelects(template, Deployment.Spec.Selector.MatchLabels);
        AssertSelects(template, Kustomize.Single<V1Service>().Spec.Selector);
        AssertSelects(template, Kustomize.Single<V1PodDisruptionBudget>().Spec.Selector.MatchLabels);
        AssertSelects(template, Kustomize.Single<V1NetworkPolicy>().Spec.PodSelector.MatchLabels);
        foreach (var spread in Pod.TopologySpreadConstraints ?? [])
        {
            AssertSelects(template, spread.LabelSelector.MatchLabels);
        }
    }

    [Fact]
    public void OrleansKubernetesHosting_GetsThePodFromTheDownwardApi()
    {
        var env = Silo.Env.ToDictionary(e => e.Name);
        Assert.Equal("true", env["Vrss__Clustering__Kubernetes"].Value);
        Assert.Equal("Postgres", env["Vrss__Clustering__Provider"].Value);
        Assert.Equal("metadata.name", env["POD_NAME"].ValueFrom.FieldRef.FieldPath);
        Assert.Equal("metadata.namespace", env["POD_NAMESPACE"].ValueFrom.FieldRef.FieldPath);
        Assert.Equal("status.podIP", env["POD_IP"].ValueFrom.FieldRef.FieldPath);

        // The ids Orleans selects pods by are the pod's own labels, so the two cannot disagree.
        var labels = Deployment.Spec.Template.Metadata.Labels;
        foreach (var (variable, label) in new[] { ("ORLEANS_SERVICE_ID", "orleans/serviceId"), ("ORLEANS_CLUSTER_ID", "orleans/clusterId") })
        {
            Assert.Equal($"metadata.labels['{label}']", env[variable].ValueFrom.FieldRef.FieldPath);
            Assert.True(labels.TryGetValue(label, out var value) && !string.IsNullOrEmpty(value), $"the pod template lacks the label {label}");
        }

        Assert.Equal(Kustomize.Single<V1ServiceAccount>().Metadata.Name, Pod.ServiceAccountName);
    }

    [Fact]
    public void Role_GrantsWhatOrleansKubernetesHostingCalls_AndNoMore()
    {
        var role = Kustomize.Single<V1Role>();
        var rule = Assert.Single(role.Rules);
        Assert.Equal([""], rule.ApiGroups);
        Assert.Equal(["pods"], rule.Resources);

        // KubernetesClusterAgent: read its pod, label it, list and watch the cluster's pods. Not delete
        // (DeleteDefunctSiloPods is off): a compromised silo cannot remove pods.
        Assert.Equal(["get", "list", "patch", "watch"], rule.Verbs.Order());

        var binding = Kustomize.Single<V1RoleBinding>();
        Assert.Equal(("Role", role.Metadata.Name), (binding.RoleRef.Kind, binding.RoleRef.Name));
        var subject = Assert.Single(binding.Subjects);
        Assert.Equal(("ServiceAccount", Pod.ServiceAccountName), (subject.Kind, subject.Name));
    }

    [Fact]
    public void Service_ExposesTheWebPortOnly()
    {
        var service = Kustomize.Single<V1Service>();
        var port = Assert.Single(service.Spec.Ports);
        Assert.Equal("http", port.TargetPort.Value);
        Assert.Equal("ClusterIP", service.Spec.Type);
        Assert.DoesNotContain(service.Spec.Ports, p => p.Port is 11111 or 30000 || p.TargetPort.Value is "silo" or "gateway" or "11111" or "30000");
    }

    [Fact]
    public void DisruptionBudget_AndAutoscaler_CoverTheDeployment()
    {
        var budget = Kustomize.Single<V1PodDisruptionBudget>().Spec;
        Assert.True(budget.MaxUnavailable is not null || budget.MinAvailable is not null);

        var hpa = Kustomize.Single<V2HorizontalPodAutoscaler>().Spec;
        Assert.Equal(("apps/v1", "Deployment", Deployment.Metadata.Name), (hpa.ScaleTargetRef.ApiVersion, hpa.ScaleTargetRef.Kind, hpa.ScaleTargetRef.Name));
        Assert.True(hpa.MinReplicas >= 3, "membership needs at least three silos while one drains");
        Assert.True(hpa.MaxReplicas >= hpa.MinReplicas);
        var cpu = Assert.Single(hpa.Metrics, m => m.Type == "Resource" && m.Resource.Name == "cpu");
        Assert.Equal("Utilization", cpu.Resource.Target.Type);

        // Utilization is a share of the request: without one the HPA cannot compute it.
        Assert.True(Silo.Resources.Requests.ContainsKey("cpu"));
    }

    [Fact]
    public void Silo_RunsUnprivileged()
    {
        Assert.True(Pod.SecurityContext.RunAsNonRoot);
        Assert.NotEqual(0, Pod.SecurityContext.RunAsUser);
        Assert.False(Silo.SecurityContext.AllowPrivilegeEscalation);
        Assert.True(Silo.SecurityContext.ReadOnlyRootFilesystem);
        Assert.Equal(["ALL"], Silo.SecurityContext.Capabilities.Drop);
    }

    [Fact]
    public void EveryConfigMapReference_NamesARenderedConfigMap()
    {
        var maps = Kustomize.Base.OfType<V1ConfigMap>().Select(m => m.Metadata.Name).ToHashSet();
        foreach (var source in Silo.EnvFrom ?? [])
        {
            Assert.Contains(source.ConfigMapRef.Name, maps);
        }
    }

    [Fact]
    public void EverySecretReference_NamesASecretAndKeyTheExampleDeclares()
    {
        var declared = SecretExample.Keys();
        foreach (var env in Silo.Env.Where(e => e.ValueFrom?.SecretKeyRef is not null))
        {
            var reference = env.ValueFrom.SecretKeyRef;
            Assert.True(declared.TryGetValue(reference.Name, out var keys) && keys.Contains(reference.Key), $"{env.Name} reads {reference.Name}/{reference.Key}, which secret.example.yaml does not declare");
        }

        // Files read from secret volumes: the path an env var gives must be a key of the mounted Secret.
        foreach (var volume in Pod.Volumes.Where(v => v.Secret is not null))
        {
            Assert.True(declared.TryGetValue(volume.Secret.SecretName, out var keys), $"volume {volume.Name} mounts {volume.Secret.SecretName}, which secret.example.yaml does not declare");
            var mount = Assert.Single(Silo.VolumeMounts, m => m.Name == volume.Name);
            var files = Silo.Env.Where(e => e.Value?.StartsWith(mount.MountPath + "/", StringComparison.Ordinal) == true).ToList();
            Assert.NotEmpty(files);
            foreach (var file in files)
            {
                Assert.Contains(file.Value[(mount.MountPath.Length + 1)..], keys);
            }
        }

        // The base itself never carries a Secret: they are created out of band.
        Assert.Empty(Kustomize.Base.OfType<V1Secret>());
    }

    private static void AssertHttpProbe(V1Probe? probe, string path)
    {
        Assert.NotNull(probe);
        Assert.Equal(path, probe.HttpGet.Path);
        Assert.Equal("http", probe.HttpGet.Port.Value);
    }

    private static void AssertSelects(IDictionary<string, string> labels, IDictionary<string, string> selector)
    {
        Assert.NotEmpty(selector);
        foreach (var (key, value) in selector)
        {
            Assert.True(labels.TryGetValue(key, out var actual) && actual == value, $"selector {key}={value} does not match the pod template");
        }
    }
}
