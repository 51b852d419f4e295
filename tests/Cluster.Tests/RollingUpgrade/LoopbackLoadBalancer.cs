using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Vrss.Cluster.Tests.RollingUpgrade;

/// <summary>
/// The load balancer of the rolling-upgrade drill, on loopback, behaving as nginx in front of the silos does
/// (deploy/compose.yaml) plus the active health checks of a Kubernetes Service: round robin over the silos whose
/// <c>/health/ready</c> answered 200 at the last probe, one fresh upstream connection per request (nginx's default,
/// no upstream keep-alive), and a request retried on another silo only when its connection was refused, that is when
/// no silo received it (nginx does not pass a POST to the next server once it was sent). Everything else a silo does
/// wrong reaches the client and is counted as a failure.
/// </summary>
internal sealed class LoopbackLoadBalancer : IAsyncDisposable
{
    private static readonly TimeSpan s_probeInterval = TimeSpan.FromMilliseconds(250);

    private readonly WebApplication _app;
    private readonly HttpClient _upstream;
    private readonly HttpClient _probes;
    private readonly Upstream[] _silos;
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _probeLoops = [];
    private readonly ConcurrentQueue<string> _failures = new();
    private readonly ConcurrentQueue<UpstreamTransition> _transitions = new();
    private readonly object _signalLock = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _next;
    private int _requests;
    private int _retries;

    private LoopbackLoadBalancer(WebApplication app, IEnumerable<Uri> silos)
    {
        _app = app;
        _silos = silos.Select((address, index) => new Upstream(index, address)).ToArray();
        _upstream = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, UseProxy = false })
        {
            Timeout = TimeSpan.FromSeconds(60),
        };
        _probes = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(2) };
    }

    /// <summary>The address clients call.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>Requests clients sent.</summary>
    public int Requests => _requests;

    /// <summary>Requests sent again to another silo after a refused connection.</summary>
    public int Retries => _retries;

    /// <summary>What went wrong for clients: answers of 5xx and requests that got no answer.</summary>
    public IReadOnlyCollection<string> Failures => _failures;

    /// <summary>When each silo left and rejoined the rotation, in order.</summary>
    public IReadOnlyCollection<UpstreamTransition> Transitions => _transitions;

    /// <summary>Starts the balancer on a free loopback port; no silo takes traffic until its first ready probe.</summary>
    public static async Task<LoopbackLoadBalancer> StartAsync(IEnumerable<Uri> silos)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var balancer = new LoopbackLoadBalancer(app, silos);
        app.Run(balancer.ProxyAsync);
        await app.StartAsync();
        balancer.Address = new Uri(app.Urls.Single());
        foreach (var silo in balancer._silos)
        {
            balancer._probeLoops.Add(balancer.ProbeAsync(silo));
        }

        return balancer;
    }

    /// <summary>Waits until every silo is in rotation (a signal from the probes, no fixed wait).</summary>
    public Task AllReadyAsync() => WaitUntilAsync(() => _silos.All(s => s.InRotation));

    /// <summary>Waits until <paramref name="condition"/> holds; it is re-checked whenever a silo enters or leaves the rotation.</summary>
    public async Task WaitUntilAsync(Func<bool> condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        while (true)
        {
            Task changed;
            lock (_signalLock)
            {
                changed = _changed.Task;
            }

            if (condition())
            {
                return;
            }

            await changed.WaitAsync(TimeSpan.FromSeconds(120));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await Task.WhenAll(_probeLoops);
        await _app.StopAsync();
        await _app.DisposeAsync();
        _upstream.Dispose();
        _probes.Dispose();
        _stopping.Dispose();
    }

    private async Task ProxyAsync(HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        var bytes = body.ToArray();

        // Every silo may refuse once (the probes have not seen it go yet); past that, no silo can take the request.
        for (var attempt = 0; attempt < 2 * _silos.Length; attempt++)
        {
            var silo = NextInRotation();
            if (silo is null)
            {
                break;
            }

            using var request = CopyRequest(context.Request, silo.Address, bytes);
            HttpResponseMessage response;
            try
            {
                response = await _upstream.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, context.RequestAborted);
            }
            catch (HttpRequestException e) when (e.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused })
            {
                // Nothing was sent: passive health check, as nginx's max_fails, then try the next silo.
                SetInRotation(silo, false, "connection refused");
                Interlocked.Increment(ref _retries);
                continue;
            }
            catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
            {
                _failures.Enqueue($"{context.Request.Method} {context.Request.Path} to silo{silo.Index}: {e.GetType().Name}: {e.Message}");
                context.Response.StatusCode = StatusCodes.Status502BadGateway;
                return;
            }

            using (response)
            {
                await CopyResponseAsync(response, context, silo);
            }

            return;
        }

        _failures.Enqueue($"{context.Request.Method} {context.Request.Path}: no silo in rotation");
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
    }

    private async Task CopyResponseAsync(HttpResponseMessage response, HttpContext context, Upstream silo)
    {
        var status = (int)response.StatusCode;
        var content = await response.Content.ReadAsByteArrayAsync(context.RequestAborted);
        if (status >= 500)
        {
            _failures.Enqueue($"{context.Request.Method} {context.Request.Path} to silo{silo.Index}: {status} {System.Text.Encoding.UTF8.GetString(content)}");
        }

        context.Response.StatusCode = status;
        foreach (var header in response.Headers.Concat(response.Content.Headers))
        {
            if (!IsHopByHop(header.Key))
            {
                context.Response.Headers[header.Key] = header.Value.ToArray();
            }
        }

        await context.Response.Body.WriteAsync(content, context.RequestAborted);
    }

    private static HttpRequestMessage CopyRequest(HttpRequest incoming, Uri silo, byte[] body)
    {
        var request = new HttpRequestMessage(new HttpMethod(incoming.Method), new Uri(silo, incoming.Path + incoming.QueryString));
        if (body.Length > 0)
        {
            request.Content = new ByteArrayContent(body);
        }

        foreach (var header in incoming.Headers)
        {
            if (IsHopByHop(header.Key) || string.Equals(header.Key, "Host", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!request.Headers.TryAddWithoutValidation(header.Key, header.Value.ToArray()))
            {
                request.Content?.Headers.TryAddWithoutValidation(header.Key, header.Value.ToArray());
            }
        }

        // One connection per request, so a refused connection is the only failure that proves the silo never saw it.
        request.Headers.ConnectionClose = true;
        return request;
    }

    private static bool IsHopByHop(string header) =>
        header.Equals("Connection", StringComparison.OrdinalIgnoreCase) || header.Equals("Keep-Alive", StringComparison.OrdinalIgnoreCase)
        || header.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase) || header.Equals("Content-Length", StringComparison.OrdinalIgnoreCase);

    private Upstream? NextInRotation()
    {
        for (var i = 0; i < _silos.Length; i++)
        {
            var silo = _silos[(int)((uint)Interlocked.Increment(ref _next) % (uint)_silos.Length)];
            if (silo.InRotation)
            {
                return silo;
            }
        }

        return null;
    }

    // Active health check, as a Kubernetes readiness probe or an LB's health check: every 250 ms.
    private async Task ProbeAsync(Upstream silo)
    {
        var ready = new Uri(silo.Address, "/health/ready");
        while (!_stopping.IsCancellationRequested)
        {
            string outcome;
            bool healthy;
            try
            {
                using var response = await _probes.GetAsync(ready, _stopping.Token);
                healthy = response.StatusCode == HttpStatusCode.OK;
                outcome = $"ready probe {(int)response.StatusCode}";
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                healthy = false;
                outcome = $"ready probe {e.GetType().Name}";
            }

            if (!_stopping.IsCancellationRequested)
            {
                SetInRotation(silo, healthy, outcome);
            }

            try
            {
                await Task.Delay(s_probeInterval, _stopping.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private void SetInRotation(Upstream silo, bool inRotation, string reason)
    {
        TaskCompletionSource changed;
        lock (_signalLock)
        {
            if (silo.InRotation == inRotation)
            {
                return;
            }

            silo.InRotation = inRotation;
            _transitions.Enqueue(new UpstreamTransition(silo.Index, inRotation, reason, DateTime.UtcNow));
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.SetResult();
    }

    private sealed class Upstream(int index, Uri address)
    {
        public int Index { get; } = index;

        public Uri Address { get; } = address;

        private volatile bool _inRotation;

        public bool InRotation
        {
            get => _inRotation;
            set => _inRotation = value;
        }
    }
}
