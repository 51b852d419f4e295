using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace Vrss.WebFront.Client;

/// <summary>
/// Serves the built PWA from <see cref="ClientOptions.Root"/> on the API's origin: files as they are (hashed ones
/// under <c>/assets/</c> cached for a year, everything else revalidated on each use so a deployment shows at once),
/// and <c>index.html</c> for any other page address, so the client's router handles <c>/u/alice</c> or
/// <c>/verify-email?token=...</c>. Addresses of the API, the operators' pages and the probes are never answered
/// with the app, nor is a missing file (a stale <c>/assets/x.js</c> must fail, not run HTML as script).
/// Without the folder nothing is served, and the silo answers as an API-only one.
/// </summary>
public static class ClientFiles
{
    /// <summary>The cache policy of content-hashed files (their name changes whenever their content does).</summary>
    public const string ImmutableCaching = "public, max-age=31536000, immutable";

    /// <summary>The cache policy of every other file: stored, but checked with the server before each use.</summary>
    public const string RevalidateCaching = "no-cache";

    // Addresses that are never a page of the client: the API, the operators' pages, the probes, and the build's files.
    private static readonly string[] s_reserved = ["/api", "/admin", "/health", "/assets"];

    /// <summary>Serves the client's files, when the folder exists. Place after the security headers, before the session.</summary>
    public static IApplicationBuilder UseVrssClientFiles(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var root = app.ApplicationServices.GetRequiredService<IOptions<ClientOptions>>().Value.Root;
        if (!Directory.Exists(root))
        {
            return app;
        }

        var policy = app.ApplicationServices.GetRequiredService<ClientContentSecurityPolicy>();
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".webmanifest"] = "application/manifest+json";
        return app.UsePrecompressedAssets(root, types).UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(root),
            ContentTypeProvider = PrecompressedAssets.For(types),
            OnPrepareResponse = file => Prepare(file.Context, policy.Value),
        });
    }

    /// <summary>Maps the fallback that answers <c>index.html</c> for the client's routes, when the folder has one.</summary>
    public static IEndpointRouteBuilder MapVrssClientFallback(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var index = Path.Combine(endpoints.ServiceProvider.GetRequiredService<IOptions<ClientOptions>>().Value.Root, "index.html");
        if (!File.Exists(index))
        {
            return endpoints;
        }

        var policy = endpoints.ServiceProvider.GetRequiredService<ClientContentSecurityPolicy>();

        // "nonfile": an address whose last segment has an extension is a file, and a missing file stays 404.
        endpoints.MapMethods("/{**route:nonfile}", [HttpMethods.Get, HttpMethods.Head], async context =>
        {
            if (IsReserved(context.Request.Path))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            Prepare(context, policy.Value);
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(index, context.RequestAborted).ConfigureAwait(false);
        }).WithOrder(int.MaxValue);
        return endpoints;
    }

    private static bool IsReserved(PathString path) =>
        s_reserved.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));

    private static void Prepare(HttpContext context, string policy)
    {
        var headers = context.Response.Headers;
        headers.CacheControl = context.Request.Path.StartsWithSegments("/assets", StringComparison.Ordinal) ? ImmutableCaching : RevalidateCaching;
        headers.ContentSecurityPolicy = policy;

        // Links in emails carry tokens in the address (/verify-email?token=...): never sent on to anyone.
        headers["Referrer-Policy"] = "no-referrer";
    }
}
