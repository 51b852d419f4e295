namespace Vrss.Runtime.Hosting;

/// <summary>The silo's identity and its silo-to-silo endpoint, bound from <c>Vrss:Silo</c>.</summary>
public sealed class SiloOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Vrss:Silo";

    /// <summary>A name for logs and the membership table; the host name by default.</summary>
    public string Name { get; set; } = Environment.MachineName;

    /// <summary>The TCP port for silo-to-silo calls (0 picks a free port).</summary>
    public int Port { get; set; } = 11111;

    /// <summary>The address other silos reach this one at.</summary>
    public string AdvertisedAddress { get; set; } = "127.0.0.1";
}
