using Microsoft.Extensions.Options;
using Vrss.WebFront.Http;

namespace Vrss.WebFront.Client;

/// <summary>
/// The <c>Content-Security-Policy</c> of the PWA (its HTML and every file of it, the service worker included, whose
/// own policy governs what it may fetch): everything from this origin only, no inline script or style, no plugins,
/// no framing; images and media also from <c>blob:</c>/<c>data:</c> (previews of picked files) and the media read
/// origins; connections also to the upload origins (presigned <c>PUT</c>s). Built once at start-up;
/// <c>Vrss:WebFront:HtmlContentSecurityPolicy</c>, when set, replaces it verbatim.
/// </summary>
public sealed class ClientContentSecurityPolicy(IOptions<WebFrontOptions> options, IOptions<MediaOrigins> media)
{
    private readonly Lazy<string> _value = new(() => Build(options.Value, media.Value));

    /// <summary>The policy.</summary>
    public string Value => _value.Value;

    private static string Build(WebFrontOptions options, MediaOrigins media)
    {
        if (!string.IsNullOrWhiteSpace(options.HtmlContentSecurityPolicy))
        {
            return options.HtmlContentSecurityPolicy;
        }

        var read = Sources(media.Read);
        var upload = Sources(media.Upload);
        return string.Join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "worker-src 'self'",
            "manifest-src 'self'",
            $"img-src 'self' blob: data:{read}",
            $"media-src 'self' blob:{read}",
            $"connect-src 'self'{upload}",
            "font-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");
    }

    // Only well-formed http(s) origins go in: a policy is a header, and a stray ';' or space would change its meaning.
    private static string Sources(IEnumerable<string> origins) => string.Concat(origins
        .Select(o => Uri.TryCreate(o, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.GetLeftPart(UriPartial.Authority) : null)
        .OfType<string>()
        .Distinct(StringComparer.OrdinalIgnoreCase)
        .Select(o => " " + o));
}
