using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Orleans.Connections.Security;

namespace Vrss.Silo.Hosting;

/// <summary>
/// Silo-to-silo TLS. The silo port carries grain calls (start a session for anyone, reset a password), so a peer
/// must prove it holds the cluster's certificate before any byte of Orleans' protocol flows: both sides present it
/// and each accepts only a peer presenting the same certificate (pinned by thumbprint, so a self-signed
/// certificate shared by the silos is enough and no public CA can mint a way in).
/// </summary>
public static class SiloTransportSecurity
{
    /// <summary>
    /// Turns TLS on when <c>Vrss:Silo:Tls:CertificatePath</c> is set. Without it, a silo advertising a non-loopback
    /// address refuses to start unless <c>Vrss:Silo:AllowPlaintext=true</c>.
    /// </summary>
    public static ISiloBuilder ConfigureVrssTls(this ISiloBuilder silo, SiloEndpointSettings endpoint)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(endpoint);
        if (endpoint.Tls.Enabled)
        {
            var certificate = Load(endpoint.Tls);
            silo.UseTls(certificate, o =>
            {
                o.RemoteCertificateMode = RemoteCertificateMode.RequireCertificate;
                o.ClientCertificateMode = RemoteCertificateMode.RequireCertificate;
                o.RemoteCertificateValidation = (remote, _, _) => IsClusterCertificate(remote, certificate);
            });
            return silo;
        }

        if (IPAddress.IsLoopback(endpoint.Address))
        {
            return silo;
        }

        if (!endpoint.AllowPlaintext)
        {
            throw new InvalidOperationException(
                $"The silo advertises {endpoint.AdvertisedAddress}, which is not loopback, and Vrss:Silo:Tls:CertificatePath is not set: " +
                "silo-to-silo traffic would be unauthenticated plain text. Configure the cluster certificate (README, \"Silo-to-silo security\"), " +
                "or set Vrss:Silo:AllowPlaintext=true on a network where only silos can reach the silo port.");
        }

        silo.Services.AddHostedService<PlaintextSiloWarning>();
        return silo;
    }

    /// <summary>Whether <paramref name="remote"/> is the cluster's certificate.</summary>
    public static bool IsClusterCertificate(X509Certificate2? remote, X509Certificate2 cluster) =>
        remote is not null && CryptographicOperations.FixedTimeEquals(remote.GetCertHash(HashAlgorithmName.SHA256), cluster.GetCertHash(HashAlgorithmName.SHA256));

    private static X509Certificate2 Load(SiloTlsSettings tls)
    {
        var path = tls.CertificatePath!;
        return string.IsNullOrWhiteSpace(tls.KeyPath)
            ? X509CertificateLoader.LoadPkcs12FromFile(path, tls.CertificatePassword)
            : X509Certificate2.CreateFromPemFile(path, tls.KeyPath);
    }
}
