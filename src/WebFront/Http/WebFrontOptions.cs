namespace Vrss.WebFront.Http;

/// <summary>HTTP settings of the web front, bound from <c>Vrss:WebFront</c>.</summary>
public sealed class WebFrontOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Vrss:WebFront";

    /// <summary>The largest <c>/api/rpc</c> body accepted (API.md: 1 MiB).</summary>
    public long MaxRpcBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// Comma-separated origins of PWAs allowed to call the API from a browser with credentials (for example
    /// <c>https://app.example.com</c>); empty allows none (same-origin only).
    /// </summary>
    public string CorsOrigins { get; set; } = "";

    /// <summary>
    /// Comma-separated addresses (<c>10.0.0.5</c>) and networks (<c>10.0.0.0/8</c>, <c>fd00::/8</c>) of reverse proxies
    /// whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed; empty believes nobody (the socket's
    /// peer is the client). Anyone can send those headers, so only a proxy that overwrites them may be listed.
    /// </summary>
    public string TrustedProxies { get; set; } = "";

    /// <summary>
    /// The <c>Content-Security-Policy</c> of the PWA (its HTML and files), verbatim; empty (the default) for the one
    /// <see cref="Client.ClientContentSecurityPolicy"/> builds from the media origins.
    /// </summary>
    public string HtmlContentSecurityPolicy { get; set; } = "";

    /// <summary>
    /// How long a stopping silo keeps serving with <c>/health/ready</c> at 503 before its web server stops listening
    /// (see <see cref="Health.HttpDrain"/>): at least a load balancer's probe interval times the failures it needs to
    /// take a server out. Zero (the default) stops at once, as tests and a single silo want; Kubernetes uses the
    /// pod's <c>preStop</c> hook instead.
    /// </summary>
    public TimeSpan DrainDelay { get; set; } = TimeSpan.Zero;

    /// <summary>The origins as a list.</summary>
    public string[] CorsOriginList() =>
        CorsOrigins.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
