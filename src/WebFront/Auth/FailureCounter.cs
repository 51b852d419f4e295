using Vrss.GrainInterfaces.Errors;
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
        var counter = new FailureCounter(context, policy, []);
        foreach (var subject in subjects)
        {
            await counter.AddAsync(subject, exempt: null).ConfigureAwait(false);
        }

        return counter;
    }

    /// <summary>
    /// Runs <paramref name="work"/> holding a slot of <paramref name="policy"/> for <paramref name="subject"/>: an error
    /// with the code <paramref name="failure"/> is a failed attempt and keeps the slot, anything else gives it back.
    /// </summary>
    public static async Task<T> CountAsync<T>(RpcContext context, string policy, string subject, ErrorCode failure, Func<Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var attempt = await AcquireAsync(context, policy, subject).ConfigureAwait(false);
        T result;
        try
        {
            result = await work().ConfigureAwait(false);
        }
        catch (VrssException exception) when (exception.Code == failure)
        {
            attempt.Failed();
            throw;
        }
        catch
        {
            await attempt.SucceededAsync().ConfigureAwait(false);
            throw;
        }

        await attempt.SucceededAsync().ConfigureAwait(false);
        return result;
    }

    /// <summary>
    /// Takes a slot for one more subject. When that subject is full, the attempt goes on without its slot if
    /// <paramref name="exempt"/> answers true; otherwise everything taken is given back and 429 is thrown.
    /// </summary>
    public async Task AddAsync(string subject, Func<Task<bool>>? exempt)
    {
        var decision = await _context.RateLimiter.AcquireAsync(_policy, subject).ConfigureAwait(false);
        if (decision.Allowed)
        {
            _held.Add((subject, decision));
            return;
        }

        if (exempt is not null && await exempt().ConfigureAwait(false))
        {
            return;
        }

        await ReleaseAsync().ConfigureAwait(false);
        _context.RateLimiter.WriteHeaders(_context.HttpContext.Response, decision);
        throw RpcContext.RateLimited(_policy, decision);
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
