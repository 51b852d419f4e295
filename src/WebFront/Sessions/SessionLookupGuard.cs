using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Vrss.GrainInterfaces.RateLimits;
using Vrss.WebFront.Http;
using Vrss.WebFront.RateLimits;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Sessions;

/// <summary>
/// Limits session lookups per client address. Looking a token up activates its session grain and may read the
/// database, so an address that keeps presenting tokens that are no sessions (guessing, or replaying revoked
/// ones) is counted cluster-wide (<see cref="RateLimitPolicies.SessionLookup"/>); once refused, this silo answers
/// 429 to that address before looking anything up until the refusal's window passes.
/// </summary>
public sealed class SessionLookupGuard(RpcRateLimiter limiter, TimeProvider time)
{
    // Bounds the memory an attacker with many addresses can make a silo spend; past it, the cluster-wide counter
    // still refuses, only after a lookup.
    private const int MaxRefusedAddresses = 100_000;

    private readonly ConcurrentDictionary<string, (RateLimitDecision Decision, DateTimeOffset Until)> _refused = new(StringComparer.Ordinal);

    /// <summary>Throws 429 when <paramref name="address"/> was refused and its refusal still holds.</summary>
    public void ThrowIfRefused(HttpContext context, string address)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!_refused.TryGetValue(address, out var refusal))
        {
            return;
        }

        var left = refusal.Until - time.GetUtcNow();
        if (left <= TimeSpan.Zero)
        {
            _refused.TryRemove(KeyValuePair.Create(address, refusal));
            return;
        }

        var decision = refusal.Decision with { RetryAfter = left };
        limiter.WriteHeaders(context.Response, decision);
        throw RpcContext.RateLimited(RateLimitPolicies.SessionLookup, decision);
    }

    /// <summary>Counts a token that was not a live session; throws 429 (and remembers the refusal) past the limit.</summary>
    public async Task CountFailedLookupAsync(HttpContext context, string address)
    {
        ArgumentNullException.ThrowIfNull(context);
        var decision = await limiter.AcquireAsync(RateLimitPolicies.SessionLookup, "ip:" + address).ConfigureAwait(false);
        if (decision.Allowed)
        {
            return;
        }

        if (_refused.Count >= MaxRefusedAddresses)
        {
            var now = time.GetUtcNow();
            foreach (var (key, old) in _refused)
            {
                if (old.Until <= now)
                {
                    _refused.TryRemove(KeyValuePair.Create(key, old));
                }
            }
        }

        if (_refused.Count < MaxRefusedAddresses)
        {
            _refused[address] = (decision, time.GetUtcNow() + decision.RetryAfter);
        }

        limiter.WriteHeaders(context.Response, decision);
        throw RpcContext.RateLimited(RateLimitPolicies.SessionLookup, decision);
    }
}
