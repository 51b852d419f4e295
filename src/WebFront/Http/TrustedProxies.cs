using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using IPNetwork = System.Net.IPNetwork;

namespace Vrss.WebFront.Http;

/// <summary>
/// <see cref="WebFrontOptions.TrustedProxies"/> as ASP.NET Core's forwarded-headers settings. The framework trusts
/// loopback by default; here nothing is trusted unless listed, so a client on the silo's own host cannot pick the
/// address its rate limits are counted against.
/// </summary>
public static class TrustedProxies
{
    /// <summary>Parses the setting; false (with the offending entry) when an entry is neither an address nor a network.</summary>
    public static bool TryParse(string? value, out IReadOnlyList<IPNetwork> networks, out string? invalid)
    {
        var list = new List<IPNetwork>();
        invalid = null;
        foreach (var entry in (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (entry.Contains('/', StringComparison.Ordinal) && IPNetwork.TryParse(entry, out var network))
            {
                list.Add(network);
            }
            else if (IPAddress.TryParse(entry, out var address))
            {
                list.Add(new IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128));
            }
            else
            {
                invalid = entry;
                networks = [];
                return false;
            }
        }

        networks = list;
        return true;
    }

    /// <summary>
    /// The forwarded-headers options for the configured proxies (validated at start-up), or null when none is listed:
    /// the middleware believes every peer when both of its lists are empty, so it must not run at all then.
    /// </summary>
    public static ForwardedHeadersOptions? Options(WebFrontOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!TryParse(options.TrustedProxies, out var networks, out var invalid))
        {
            throw new InvalidOperationException($"Vrss:WebFront:TrustedProxies has an entry that is not an address or network: '{invalid}'.");
        }

        if (networks.Count == 0)
        {
            return null;
        }

        var forwarded = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            // A chain of listed proxies is unwound hop by hop; the first address not listed is the client.
            ForwardLimit = null,
        };
        forwarded.KnownProxies.Clear();
        forwarded.KnownIPNetworks.Clear();
#pragma warning disable ASPDEPR005 // The obsolete list still holds the loopback default and is still consulted.
        forwarded.KnownNetworks.Clear();
#pragma warning restore ASPDEPR005
        foreach (var network in networks)
        {
            forwarded.KnownIPNetworks.Add(network);
        }

        return forwarded;
    }
}
