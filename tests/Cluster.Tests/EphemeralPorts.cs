using System.Globalization;

namespace Vrss.Cluster.Tests;

/// <summary>The kernel's range of local ports for outgoing connections, which fixed listening ports should avoid.</summary>
internal static class EphemeralPorts
{
    private const string RangeFile = "/proc/sys/net/ipv4/ip_local_port_range";

    // Linux's default lower bound, used when the file cannot be read.
    private const int DefaultLowest = 32_768;

    /// <summary>The lowest port the kernel may hand to an outgoing connection.</summary>
    public static int LowestPort()
    {
        if (!File.Exists(RangeFile))
        {
            return DefaultLowest;
        }

        var first = File.ReadAllText(RangeFile).Split((char[])['\t', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries)[0];
        var lowest = int.Parse(first, CultureInfo.InvariantCulture);

        // A range reaching far down leaves no room below it; the default bound is used then, and collisions stay possible.
        return lowest > 12_000 ? lowest : DefaultLowest;
    }
}
