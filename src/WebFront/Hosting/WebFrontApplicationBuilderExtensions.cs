using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Vrss.WebFront.Client;
using Vrss.WebFront.Http;
using Vrss.WebFront.OpenApi;
using Vrss.WebFront.Rpc;
using Vrss.WebFront.Sessions;

namespace Vrss.WebFront.Hosting;

/// <summary>The web front's middleware and endpoints.</summary>
public static class WebFrontApplicationBuilderExtensions
{
    /// <summary>
    /// The middleware, in order: forwarded headers (from trusted proxies only), request id, access log, security headers,
    /// the PWA's static files (when built), CORS (configured PWA origins only), error envelope,
    /// body limit, session authentication. Rate limits run per procedure inside the RPC endpoint, where the
    /// procedure (and so the policy) is known.
    /// </summary>
    public static IApplicationBuilder UseVrssWebFront(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.ApplicationServices.GetRequiredService<IOptions<WebFrontOptions>>().Value;

        // First, so that everything after (HSTS, the cookies' Secure flag, rate-limit keys) sees the real client.
        if (TrustedProxies.Options(options) is { } forwarded)
        {
            app.UseForwardedHeaders(forwarded);
        }

        app.UseMiddleware<RequestIdMiddleware>();
        app.UseMiddleware<AccessLogMiddleware>();
        app.UseMiddleware<SecurityHeadersMiddleware>();

        // The PWA's files need neither CORS, nor a session, nor the API's error envelope.
        app.UseVrssClientFiles();
        var origins = options.CorsOriginList();
        if (origins.Length > 0)
        {
            app.UseCors(policy => policy
                .WithOrigins(origins)
                .AllowCredentials()
                .WithMethods(HttpMethods.Get, HttpMethods.Post, HttpMethods.Put)
                .WithHeaders("Content-Type", "Authorization", "Last-Event-ID")
                .WithExposedHeaders(RequestIds.Header, "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset", "Retry-After", Idempotency.IdempotentCalls.ReplayedHeader)
                .SetPreflightMaxAge(TimeSpan.FromMinutes(10)));
        }

        app.UseMiddleware<ErrorEnvelopeMiddleware>();
        app.UseMiddleware<RpcBodyLimitMiddleware>();
        app.UseMiddleware<SessionMiddleware>();
        return app;
    }

    /// <summary>Maps <c>/api/rpc</c> (POST; any other method answers 405).</summary>
    public static IEndpointRouteBuilder MapRpc(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var rpc = endpoints.ServiceProvider.GetRequiredService<RpcEndpoint>();
        endpoints.Map(RpcEndpoint.Path, rpc.HandleAsync);
        return endpoints;
    }

    /// <summary>Maps <c>/api/openapi.json</c> (GET), the document of the contract, built here once.</summary>
    public static IEndpointRouteBuilder MapOpenApiDocument(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var document = endpoints.ServiceProvider.GetRequiredService<OpenApiEndpoint>();
        endpoints.MapGet(OpenApiEndpoint.Path, document.HandleAsync);
        return endpoints;
    }
}
