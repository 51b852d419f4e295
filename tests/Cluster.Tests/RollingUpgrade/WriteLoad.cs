using System.Collections.Concurrent;
using Vrss.Testing.EndToEnd;

namespace Vrss.Cluster.Tests.RollingUpgrade;

/// <summary>
/// A steady write load: each member posts through the load balancer in a closed loop (one post after the other) until
/// stopped. Records what was acknowledged and every call that was not.
/// </summary>
internal sealed class WriteLoad : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<AcknowledgedPost> _acknowledged = new();
    private readonly ConcurrentQueue<string> _failures = new();
    private readonly List<(int Count, TaskCompletionSource Reached)> _waiters = [];
    private readonly Task[] _writers;

    public WriteLoad(IEnumerable<(TestAccount Account, RpcClient Client)> members)
    {
        _writers = members.Select(m => Task.Run(() => WriteAsync(m.Account, m.Client))).ToArray();
    }

    public IReadOnlyCollection<AcknowledgedPost> Acknowledged => _acknowledged;

    public IReadOnlyCollection<string> Failures => _failures;

    /// <summary>Completes once <paramref name="more"/> further posts are acknowledged (a signal from the writers).</summary>
    public Task AcknowledgedAsync(int more)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_waiters)
        {
            _waiters.Add((_acknowledged.Count + more, reached));
        }

        Signal();
        return reached.Task.WaitAsync(TimeSpan.FromSeconds(120));
    }

    /// <summary>Stops the writers after their current call.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_writers);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stop.Dispose();
    }

    private async Task WriteAsync(TestAccount account, RpcClient client)
    {
        for (var i = 0; !_stop.IsCancellationRequested; i++)
        {
            var content = $"{account.Username} #{i}";
            try
            {
                var response = await client.CallAsync("post.create", new { type = "text_short", content, visibility = "public" });
                if (response.Success)
                {
                    var id = response.Data.GetProperty("post").GetProperty("id").GetString()!;
                    _acknowledged.Enqueue(new AcknowledgedPost(account.Id, id, content, DateTime.UtcNow));
                    Signal();
                }
                else
                {
                    _failures.Enqueue($"{content}: {response.StatusCode} {response.Body}");
                }
            }
            catch (HttpRequestException e)
            {
                _failures.Enqueue($"{content}: {e.Message}");
            }
        }
    }

    private void Signal()
    {
        lock (_waiters)
        {
            foreach (var waiter in _waiters.Where(w => _acknowledged.Count >= w.Count).ToList())
            {
                waiter.Reached.TrySetResult();
                _waiters.Remove(waiter);
            }
        }
    }
}
