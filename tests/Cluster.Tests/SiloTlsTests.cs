using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Hosting;
using Vrss.Silo.Hosting;
using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.Cluster.Tests;

/// <summary>
/// Silo-to-silo TLS with the cluster's certificate: silos holding it form a cluster, a silo holding another
/// certificate cannot join, a plain TCP client gets nothing from the silo port, and a silo on a non-loopback
/// address will not start in plain text unless the operator says so.
/// </summary>
public sealed class SiloTlsTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("vrss-tls-");

    [Fact]
    public async Task SilosWithTheClusterCertificate_FormACluster_AndServeGrainCalls()
    {
        var certificate = CreateCertificate("cluster");
        await using var cluster = await TestCluster.StartAsync(o =>
        {
            o.Silos = 2;
            o.UseVrssProduct();
            o.ConfigureSilo((silo, _) => silo.ConfigureVrssTls(Endpoint(certificate)));
        });

        Assert.Equal(2, cluster.RunningSilos.Count);
        using var client = new RpcClient(cluster.Silos[1].HttpAddress);
        var account = await client.RegisterAsync();
        var profile = await cluster.Silos[0].GrainFactory.GetGrain<Vrss.GrainInterfaces.Users.IUserGrain>(account.Id).GetProfileAsync();
        Assert.Equal(account.Id, profile.Id);
    }

    [Fact]
    public async Task SiloWithAnotherCertificate_CannotJoin()
    {
        var cluster = CreateCertificate("cluster");
        var stranger = CreateCertificate("stranger");
        await using var testCluster = await TestCluster.StartAsync(o =>
        {
            o.UseVrssProduct();
            o.ConfigureSilo((silo, index) =>
            {
                silo.ConfigureVrssTls(Endpoint(index == 0 ? cluster : stranger));

                // The stranger gives up joining after this long instead of Orleans' default five minutes.
                silo.Configure<ClusterMembershipOptions>(m => m.MaxJoinAttemptTime = TimeSpan.FromSeconds(10));
            });
        });

        await Assert.ThrowsAnyAsync<Exception>(testCluster.StartAdditionalSiloAsync);
        Assert.Single(testCluster.RunningSilos);
    }

    [Fact]
    public async Task PlainTcpClient_GetsNothingFromTheSiloPort()
    {
        // PEM files this time, as the README's openssl command makes them.
        var (certificate, key) = CreatePemCertificate("cluster");
        await using var cluster = await TestCluster.StartAsync(o =>
        {
            o.UseVrssProduct();
            o.ConfigureSilo((silo, _) => silo.ConfigureVrssTls(new SiloEndpointSettings { Tls = new SiloTlsSettings { CertificatePath = certificate, KeyPath = key } }));
        });

        using var tcp = new TcpClient();
        await tcp.ConnectAsync(cluster.Silos[0].SiloAddress.Endpoint);
        var stream = tcp.GetStream();

        // What an Orleans peer says first (a connection preamble), without the TLS handshake the silo requires.
        await stream.WriteAsync(new byte[] { 0x01, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00 });
        var buffer = new byte[4096];
        using var hangGuard = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        int read;
        try
        {
            read = await stream.ReadAsync(buffer, hangGuard.Token);
        }
        catch (IOException)
        {
            read = 0;
        }

        // The silo closes the connection; whatever it sent before closing is not Orleans' protocol but a TLS alert.
        var all = read;
        while (read > 0)
        {
            try
            {
                read = await stream.ReadAsync(buffer, hangGuard.Token);
            }
            catch (IOException)
            {
                read = 0;
            }

            all += read;
        }

        Assert.True(all < 64, $"the silo answered {all} bytes to a client without TLS");
    }

    [Fact]
    public void NonLoopbackSiloWithoutTls_RefusesToStart_UnlessPlaintextIsAllowed()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => Build(new Dictionary<string, string?>()));
        Assert.Contains("Vrss:Silo:AllowPlaintext", refused.Message, StringComparison.Ordinal);

        using var allowed = Build(new Dictionary<string, string?> { ["Vrss:Silo:AllowPlaintext"] = "true" });
        Assert.NotNull(allowed.Services.GetService<IClusterClient>());
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private static WebApplication Build(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Vrss:Silo:AdvertisedAddress"] = "10.11.12.13",
            ["Vrss:Clustering:Provider"] = "Localhost",
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddVrssSilo();
        return builder.Build();
    }

    private static SiloEndpointSettings Endpoint(string certificatePath) =>
        new() { Tls = new SiloTlsSettings { CertificatePath = certificatePath, CertificatePassword = "test" } };

    private (string Certificate, string Key) CreatePemCertificate(string name)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN=vrss-{name}", key, HashAlgorithmName.SHA256);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        var certificatePath = Path.Combine(_folder.FullName, name + ".crt");
        var keyPath = Path.Combine(_folder.FullName, name + ".key");
        File.WriteAllText(certificatePath, certificate.ExportCertificatePem());
        File.WriteAllText(keyPath, key.ExportPkcs8PrivateKeyPem());
        return (certificatePath, keyPath);
    }

    // A self-signed certificate in a .pfx, as `openssl req -x509 ... && openssl pkcs12 -export` makes one.
    private string CreateCertificate(string name)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN=vrss-{name}", key, HashAlgorithmName.SHA256);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        var path = Path.Combine(_folder.FullName, name + ".pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, "test"));
        return path;
    }
}
