namespace Vrss.GrainInterfaces.Sessions;

/// <summary>
/// Where a session was started from, as its owner sees it in <c>auth.listSessions</c>. The web front reduces both
/// before they reach the cluster: the address to its network (IPv4 /24, IPv6 /48), so no one's exact address is
/// kept, and the user agent to <see cref="MaxUserAgentLength"/> characters.
/// </summary>
/// <param name="Ip">The truncated client address ("203.0.113.0"), or null when unknown.</param>
/// <param name="UserAgent">The <c>User-Agent</c> header, shortened; null when absent.</param>
[GenerateSerializer, Immutable]
public sealed record SessionDevice(string? Ip, string? UserAgent)
{
    /// <summary>The most characters of a user agent kept.</summary>
    public const int MaxUserAgentLength = 256;

    /// <summary>The longest address text (an IPv6 address with an IPv4 tail is 45).</summary>
    public const int MaxIpLength = 45;

    /// <summary>A device nothing is known about.</summary>
    public static SessionDevice Unknown { get; } = new(null, null);
}
