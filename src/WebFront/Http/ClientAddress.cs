using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;

namespace Vrss.WebFront.Http;

/// <summary>
/// The caller's address as rate limits see it. An IPv6 client is keyed by its /64: one subscriber usually holds a
/// whole /64, so keying single addresses would give each caller 2^64 fresh budgets. IPv4-mapped IPv6 addresses
/// count as the IPv4 address they carry.
/// </summary>
public static class ClientAddress
{
    /// <summary>The rate-limit key of the request's client address (after trusted forwarded headers were applied).</summary>
    public static string KeyOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return KeyOf(context.Connection.RemoteIpAddress);
    }

    /// <summary>The rate-limit key of <paramref name="address"/>: an IPv4 address as is, an IPv6 address as its /64.</summary>
    public static string KeyOf(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
