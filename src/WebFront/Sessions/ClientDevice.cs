using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Vrss.GrainInterfaces.Sessions;

namespace Vrss.WebFront.Sessions;

/// <summary>
/// What a new session records about the client that started it: enough for its owner to recognise a device in
/// <c>auth.listSessions</c>, no more. The address is cut to its network (IPv4 /24, IPv6 /48), so the exact
/// address of no one is stored; the user agent is cut to <see cref="SessionDevice.MaxUserAgentLength"/> characters.
/// </summary>
public static class ClientDevice
{
    /// <summary>The device of the request (its address as the forwarded-headers middleware left it).</summary>
    public static SessionDevice Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var address = context.Connection.RemoteIpAddress;
        return new SessionDevice(
            address is null ? null : Network(address).ToString(),
            Shorten(context.Request.Headers[HeaderNames.UserAgent].ToString()));
    }

    /// <summary>The first 24 bits of an IPv4 address, 48 of an IPv6 one, the rest zero.</summary>
    public static IPAddress Network(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);

        // An IPv4 client of a dual-stack socket arrives as ::ffff:a.b.c.d; it is an IPv4 address.
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        var bytes = address.GetAddressBytes();
        var kept = address.AddressFamily == AddressFamily.InterNetwork ? 3 : 6;
        Array.Clear(bytes, kept, bytes.Length - kept);
        return new IPAddress(bytes);
    }

    private static string? Shorten(string userAgent)
    {
        var text = userAgent.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (text.Length <= SessionDevice.MaxUserAgentLength)
        {
            return text;
        }

        // Never half of a surrogate pair, which PostgreSQL's UTF-8 would refuse.
        var length = SessionDevice.MaxUserAgentLength;
        if (char.IsHighSurrogate(text[length - 1]))
        {
            length--;
        }

        return text[..length];
    }
}
