using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Vrss.WebFront.Accounts;
using Vrss.WebFront.Admin;
using Vrss.WebFront.Auth;
using Vrss.WebFront.Blocks;
using Vrss.WebFront.Client;
using Vrss.WebFront.Http;
using Vrss.WebFront.Idempotency;
using Vrss.WebFront.Events;
using Vrss.WebFront.Health;
using Vrss.WebFront.Media;
using Vrss.WebFront.Notifications;
using Vrss.WebFront.RateLimits;
using Vrss.WebFront.Reports;
using Vrss.WebFront.OpenApi;
using Vrss.WebFront.Rpc;
using Vrss.WebFront.Sessions;
using Vrss.WebFront.Social;

namespace Vrss.WebFront.Hosting;

/// <summary>Registers the web front: the RPC table, rate limiting, CORS, the procedures and the live stream.</summary>
public static class WebFrontServiceCollectionExtensions
{
    /// <summary>Adds the web front's services, bound from <c>Vrss:WebFront</c> and <c>Vrss:RateLimits</c>.</summary>
    public static IServiceCollection AddVrssWebFront(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<WebFrontOptions>()
            .Bind(configuration.GetSection(WebFrontOptions.SectionName))
            .Validate(o => TrustedProxies.TryParse(o.TrustedProxies, out _, out _), "Vrss:WebFront:TrustedProxies must list IP addresses or networks (10.0.0.0/8).")
            .Validate(o => o.DrainDelay >= TimeSpan.Zero, "Vrss:WebFront:DrainDelay cannot be negative.")
            .ValidateOnStart();
        services.AddOptions<RateLimitOptions>()
            .Configure(o => configuration.GetSection(RateLimitOptions.SectionName).Bind(o.Policies))
            .Validate(o => o.Policies.Values.All(p => p.Limit > 0 && p.Window > TimeSpan.Zero), "Every rate limit needs a Limit > 0 and a Window > 0.")
            .ValidateOnStart();
        services.AddOptions<ClientOptions>().Bind(configuration.GetSection(ClientOptions.SectionName));
        services.AddOptions<MediaOrigins>();
        services.TryAddSingleton<ClientContentSecurityPolicy>();
        services.TryAddSingleton<RpcProcedureRegistry>();
        services.TryAddSingleton<RpcEndpoint>();
        services.TryAddSingleton<IdempotentCalls>();
        services.TryAddSingleton<OpenApiEndpoint>();
        services.TryAddSingleton<RpcRateLimiter>();
        services.TryAddSingleton<SessionLookupGuard>();
        services.TryAddSingleton<RpcMetrics>();
        services.TryAddSingleton<HttpDrain>();
        services.AddHostedService(provider => provider.GetRequiredService<HttpDrain>());
        services.AddCors();
        services.AddAuthProcedures();
        services.AddAccountProcedures();
        services.AddSocialProcedures();
        services.AddBlockProcedures();
        services.AddMediaProcedures();
        services.AddNotificationProcedures();
        services.AddAdminProcedures();
        services.AddReportProcedures();
        services.AddLiveStream(configuration);
        return services;
    }
}
