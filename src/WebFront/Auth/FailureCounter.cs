using Vrss.GrainInterfaces.RateLimits;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Auth;

/// <summary>
/// A limit on failed attempts (wrong passwords, wrong codes). Each attempt takes a slot first, so concurrent
/// guesses cannot overshoot the limit, and gives it back when it turns out not to be a failure.
/// </summary>
internal sealed class FailureCounter
{
    private readonly RpcContext _context;
    private readonly string _policy;
    private readonly List<(string Subject, RateLimitDecision Decision)> _held;

    private FailureCounter(RpcContext context, string policy, List<(string, RateLimitDecision)> held)
    {
        _context = context;
        _policy = policy;
        _held = held;
    }

    /// <summary>Takes a slot for every subject; throws 429 (giving back what was taken) when any is full.</summary>
    public static async Task<FailureCounter> AcquireAsync(RpcContext context, string policy, params string[] subjects)
    {
        var held = new List<(string, RateLimitDecision)>();
        foreach (var subject in subjects)
        {
            var decision = await context.RateLimiter.AcquireAsync(policy, subject).ConfigureAwait(false);
            if (!decision.Allowed)
            {
                await new FailureCounter(context, policy, held).ReleaseAsync().ConfigureAwait(false);
                context.RateLimiter.WriteHeaders(context.HttpContext.Response, decision);
                throw RpcContext.RateLimited(policy, decision);
            }

            held.Add((subject, decision));
        }

        return new FailureCounter(context, policy, held);
    }

    /// <summary>The attempt failed: its slots stay taken.</summary>
    public void Failed() => WriteTightest(_held.Select(h => h.Decision));

    /// <summary>The attempt was not a failure: give its slots back.</summary>
    public async Task SucceededAsync() => WriteTightest(await ReleaseAsync().ConfigureAwait(false));

    private async Task<List<RateLimitDecision>> ReleaseAsync()
    {
        var after = new List<RateLimitDecision>();
        foreach (var (subject, decision) in _held)
        {
            after.Add(await _context.RateLimiter.ReleaseAsync(_policy, subject, decision.AcquiredAt!.Value).ConfigureAwait(false));
        }

        return after;
    }

    private void WriteTightest(IEnumerable<RateLimitDecision> decisions)
    {
        var tightest = decisions.OrderBy(d => d.Remaining).ThenByDescending(d => d.ResetAt).FirstOrDefault();
        if (tightest is not null)
        {
            _context.RateLimiter.WriteHeaders(_context.HttpContext.Response, tightest);
        }
    }
}
