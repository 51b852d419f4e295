using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.RateLimits;

namespace Vrss.WebFront.RateLimits;

/// <summary>Applies named policies through the cluster-wide limiter grains and writes the rate-limit headers.</summary>
public sealed class RpcRateLimiter(IGrainFactory grains, IOptionsMonitor<RateLimitOptions> options)
{
    /// <summary>Counts one event against (policy, subject) if allowed.</summary>
    /// <remarks>
    /// Repeated when the limiter's silo left mid-call (a rolling upgrade): a repeat may count the event twice, which
    /// errs on the strict side, where failing the request would turn an upgrade into errors for clients.
    /// </remarks>
    public Task<RateLimitDecision> AcquireAsync(string policy, string subject)
    {
        var grain = Grain(policy, subject);
        var rule = Rule(policy);
        return Failover.RetryAsync(() => grain.TryAcquireAsync(rule));
    }

    /// <summary>Whether (policy, subject) would allow an event now.</summary>
    public Task<RateLimitDecision> PeekAsync(string policy, string subject)
    {
        var grain = Grain(policy, subject);
        var rule = Rule(policy);
        return Failover.RetryAsync(() => grain.PeekAsync(rule));
    }

    /// <summary>Uncounts an event acquired earlier.</summary>
    public Task<RateLimitDecision> ReleaseAsync(string policy, string subject, DateTimeOffset acquiredAt) =>
        Grain(policy, subject).ReleaseAsync(Rule(policy), acquiredAt);

    /// <summary>The rule of a policy; an unknown name is a programming error.</summary>
    public RateLimitRule Rule(string policy) =>
        options.CurrentValue.Policies.TryGetValue(policy, out var p)
            ? new RateLimitRule(p.Limit, p.Window, p.Persist)
            : throw new InvalidOperationException($"No rate-limit policy named '{policy}' is configured.");

    /// <summary>Writes <c>X-RateLimit-*</c> and, when refused, <c>Retry-After</c>.</summary>
    public void WriteHeaders(HttpResponse response, RateLimitDecision decision)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(decision);
        if (response.HasStarted)
        {
            return;
        }

        response.Headers["X-RateLimit-Limit"] = decision.Limit.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Remaining"] = decision.Remaining.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Reset"] = CeilingSeconds(decision.ResetAt).ToString(CultureInfo.InvariantCulture);
        if (!decision.Allowed)
        {
            response.Headers["Retry-After"] = RetryAfterSeconds(decision).ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            response.Headers.Remove("Retry-After");
        }
    }

    /// <summary>Whole seconds to wait, at least 1.</summary>
    public static long RetryAfterSeconds(RateLimitDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return Math.Max(1, (long)Math.Ceiling(decision.RetryAfter.TotalSeconds));
    }

    // Subjects carry what clients typed (login names, addresses): hashed, they make keys the grain storage can always
    // hold (no NUL, bounded length) and keep those values out of the storage table.
    private IRateLimiterGrain Grain(string policy, string subject) =>
        grains.GetGrain<IRateLimiterGrain>($"{policy}/{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(subject)))}");

    private static long CeilingSeconds(DateTimeOffset at)
    {
        var seconds = at.ToUnixTimeSeconds();
        return at.UtcTicks % TimeSpan.TicksPerSecond == 0 ? seconds : seconds + 1;
    }
}
