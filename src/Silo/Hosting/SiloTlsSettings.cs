namespace Vrss.Silo.Hosting;

/// <summary>The cluster's certificate for silo-to-silo TLS, bound from <c>Vrss:Silo:Tls</c>.</summary>
public sealed class SiloTlsSettings
{
    /// <summary>A PKCS#12 (.pfx) file, or a PEM certificate when <see cref="KeyPath"/> names its key. Empty: no TLS.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The .pfx password (from the environment: <c>Vrss__Silo__Tls__CertificatePassword</c>).</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>The PEM private key of a PEM <see cref="CertificatePath"/>.</summary>
    public string? KeyPath { get; set; }

    /// <summary>Whether a certificate is configured.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(CertificatePath);
}
