using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Hosting;
using Vrss.Silo.Hosting;

namespace Vrss.Deploy.Tests;

/// <summary>
/// <c>Vrss:Clustering:Kubernetes</c>: the silo takes its address and cluster ids from the pod (what the Deployment's
/// downward API gives it) and refuses to start half-configured. Only options are resolved; nothing starts.
/// </summary>
public sealed class KubernetesSiloTests
{
    private static readonly Dictionary<string, string?> s_pod = new()
    {
        ["Vrss:Clustering:Kubernetes"] = "true",
        ["Vrss:Clustering:Provider"] = "Postgres",
        ["ConnectionStrings:Vrss"] = "Host=db.invalid;Database=vrss",
        ["Vrss:Silo:AllowPlaintext"] = "true",
        ["POD_NAME"] = "vrss-silo-7d4f9-abcde",
        ["POD_NAMESPACE"] = "vrss",
        ["POD_IP"] = "10.1.2.3",
        ["ORLEANS_CLUSTER_ID"] = "vrss-blue",
        ["ORLEANS_SERVICE_ID"] = "vrss-svc",
    };

    [Fact]
    public void InAPod_TheSiloAdvertisesAndBindsThePodIp_WithThePodsClusterIds()
    {
        using var host = Build(s_pod);
        var endpoint = host.Services.GetRequiredService<IOptions<EndpointOptions>>().Value;
        Assert.Equal(IPAddress.Parse("10.1.2.3"), endpoint.AdvertisedIPAddress);
        Assert.Equal(new IPEndPoint(IPAddress.Parse("10.1.2.3"), 11111), endpoint.SiloListeningEndpoint);

        var cluster = host.Services.GetRequiredService<IOptions<ClusterOptions>>().Value;
        Assert.Equal(("vrss-blue", "vrss-svc"), (cluster.ClusterId, cluster.ServiceId));
    }

    [Fact]
    public void InAPod_WithoutTls_TheSiloRefusesPlainText_UnlessAllowed()
    {
        // The pod IP is not loopback, so the usual rule holds: a certificate, or an explicit AllowPlaintext.
        var settings = new Dictionary<string, string?>(s_pod) { ["Vrss:Silo:AllowPlaintext"] = null };
        var error = Assert.Throws<InvalidOperationException>(() => Build(settings));
        Assert.Contains("Vrss:Silo:Tls:CertificatePath", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("POD_NAME")]
    [InlineData("POD_IP")]
    [InlineData("POD_NAMESPACE")]
    public void WithoutTheDownwardApi_TheSiloRefusesToStart(string missing)
    {
        var settings = new Dictionary<string, string?>(s_pod) { [missing] = null };
        var error = Assert.Throws<InvalidOperationException>(() => Build(settings));
        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KubernetesHosting_NeedsTheMembershipTable()
    {
        var settings = new Dictionary<string, string?>(s_pod) { ["Vrss:Clustering:Provider"] = "Localhost" };
        var error = Assert.Throws<InvalidOperationException>(() => Build(settings));
        Assert.Contains("Vrss:Clustering:Provider=Postgres", error.Message, StringComparison.Ordinal);
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        var configuration = builder.Configuration;
        builder.UseOrleans(silo => silo.ConfigureVrssCluster(configuration));
        return builder.Build();
    }
}
