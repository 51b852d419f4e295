using System.Net;

namespace Vrss.Silo.Hosting;

/// <summary>Where this silo listens for other silos and how they reach it, bound from <c>Vrss:Silo</c>.</summary>
public sealed class SiloEndpointSettings
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Vrss:Silo";

    /// <summary>The silo's name in logs and the membership table.</summary>
    public string Name { get; set; } = Environment.MachineName;

    /// <summary>The silo-to-silo port. Never exposed to clients: it carries grain calls.</summary>
    public int Port { get; set; } = 11111;

    /// <summary>The port Orleans clients connect to (none of ours do: the web front is co-hosted).</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>The address other silos dial; the silo and gateway ports bind to it, not to every interface.</summary>
    public string AdvertisedAddress { get; set; } = "127.0.0.1";

    /// <summary>Silo-to-silo TLS with mutual authentication; required when <see cref="AdvertisedAddress"/> is not loopback.</summary>
    public SiloTlsSettings Tls { get; set; } = new();

    /// <summary>Lets a silo on a non-loopback address run without TLS (a private network the operator vouches for).</summary>
    public bool AllowPlaintext { get; set; }

    /// <summary>The parsed <see cref="AdvertisedAddress"/>.</summary>
    public IPAddress Address => IPAddress.TryParse(AdvertisedAddress, out var address)
        ? address
        : throw new InvalidOperationException($"Vrss:Silo:AdvertisedAddress '{AdvertisedAddress}' is not an IP address.");
}
