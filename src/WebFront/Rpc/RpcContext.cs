using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.RateLimits;
using Vrss.WebFront.Http;
using Vrss.WebFront.RateLimits;
using Vrss.WebFront.Sessions;

namespace Vrss.WebFront.Rpc;

/// <summary>What a procedure knows about its call: the caller, the cluster, the HTTP exchange.</summary>
public sealed class RpcContext
{
    internal RpcContext(HttpContext httpContext, string procedure, CallerSession? session, JsonSerializerOptions jsonOptions)
    {
        HttpContext = httpContext;
        Procedure = procedure;
        Session = session;
        JsonOptions = jsonOptions;
        Grains = httpContext.RequestServices.GetRequiredService<IGrainFactory>();
        Time = httpContext.RequestServices.GetRequiredService<TimeProvider>();
        RateLimiter = httpContext.RequestServices.GetRequiredService<RpcRateLimiter>();
    }

    /// <summary>The HTTP exchange (for cookies and headers).</summary>
    public HttpContext HttpContext { get; }

    /// <summary>The procedure's name.</summary>
    public string Procedure { get; }

    /// <summary>The request id (also in <c>X-Request-Id</c> and <c>metadata.requestId</c>).</summary>
    public string RequestId => HttpContext.GetRequestId();

    /// <summary>The caller's session; null for an anonymous caller of a public procedure.</summary>
    public CallerSession? Session { get; }

    /// <summary>The signed-in user's id; 401 / 1000 for an anonymous caller.</summary>
    public string UserId => Session?.UserId ?? throw new VrssException(ErrorCode.Unauthorized, "Sign in to do this.");

    /// <summary>
    /// The caller's address as the subject of per-address rate limits: the socket's peer, or the client a trusted proxy
    /// forwarded for; an IPv6 client as its /64 (see <see cref="Http.ClientAddress"/>).
    /// </summary>
    public string ClientAddress => Http.ClientAddress.KeyOf(HttpContext);

    /// <summary>Grain references.</summary>
    public IGrainFactory Grains { get; }

    /// <summary>The clock.</summary>
    public TimeProvider Time { get; }

    /// <summary>The rate limiter, for procedures that count only some outcomes (such as failed logins).</summary>
    public RpcRateLimiter RateLimiter { get; }

    /// <summary>
    /// The seed of the call's idempotency key (see <see cref="CreationId"/>); null when the call carries no key or the
    /// procedure is not keyed.
    /// </summary>
    internal string? IdempotencySeed { get; set; }

    /// <summary>
    /// The id of what the call creates when it carries an idempotency key: derived from the key's seed and
    /// <paramref name="purpose"/>, the same on every run of the call while the key lives, so a run repeated after a
    /// silo died mid-call finds what the first run created. Null without a key (the grain picks a random id).
    /// </summary>
    public string? CreationId(string purpose)
    {
        ArgumentNullException.ThrowIfNull(purpose);
        return IdempotencySeed is { } seed ? Idempotency.CreationIds.Derive(seed, purpose) : null;
    }

    /// <summary>The JSON rules of the RPC endpoint.</summary>
    public JsonSerializerOptions JsonOptions { get; }

    /// <summary>A service of the silo.</summary>
    public T GetService<T>() where T : notnull => HttpContext.RequestServices.GetRequiredService<T>();

    /// <summary>
    /// Counts the call against <paramref name="policy"/> for <paramref name="subject"/> (default: the user, or the
    /// IP address when anonymous, which also switches <see cref="RateLimitPolicies.Default"/> to
    /// <see cref="RateLimitPolicies.Anonymous"/>), writes the headers, and throws 429 when the limit is reached.
    /// </summary>
    public async Task<RateLimitDecision> EnforceRateLimitAsync(string policy, string? subject = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (policy == RateLimitPolicies.Default && Session is null)
        {
            policy = RateLimitPolicies.Anonymous;
        }

        subject ??= CallerSubject;
        var decision = await RateLimiter.AcquireAsync(policy, subject).ConfigureAwait(false);
        RateLimiter.WriteHeaders(HttpContext.Response, decision);
        if (!decision.Allowed)
        {
            throw RateLimited(policy, decision);
        }

        return decision;
    }

    /// <summary>The default rate-limit subject: <c>user:{id}</c> or <c>ip:{address}</c>.</summary>
    public string CallerSubject => Session is { } s ? "user:" + s.UserId : "ip:" + ClientAddress;

    /// <summary>The 429 error for a refused decision (1501 for the general limits, 1500 for a feature's own).</summary>
    public static VrssException RateLimited(string policy, RateLimitDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var seconds = RpcRateLimiter.RetryAfterSeconds(decision);
        var code = policy is RateLimitPolicies.Default or RateLimitPolicies.Anonymous ? ErrorCode.TooManyRequests : ErrorCode.RateLimitExceeded;
        return new VrssException(
            code,
            $"Too many requests; retry in {seconds} seconds.",
            new Dictionary<string, string>
            {
                ["policy"] = policy,
                ["retryAfter"] = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
    }
}
