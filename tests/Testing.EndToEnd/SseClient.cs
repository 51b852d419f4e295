using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Threading.Channels;

namespace Vrss.Testing.EndToEnd;

/// <summary>
/// A client of <c>GET /api/stream</c> over real HTTP, as a browser's <c>EventSource</c> would be: it sends the
/// session (cookie or bearer) and <c>Last-Event-ID</c>, reads the response line by line as it arrives and parses
/// the <c>text/event-stream</c> format. Reading can be paused to play a stalled client.
/// </summary>
public sealed class SseClient : IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly HttpResponseMessage _response;
    private readonly Channel<SseEvent> _events = Channel.CreateUnbounded<SseEvent>();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<long> _comments = [];
    private readonly Task _reader;
    private TaskCompletionSource _resume = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _paused;

    private SseClient(HttpClient http, HttpResponseMessage response)
    {
        _http = http;
        _response = response;
        _resume.SetResult();
        _reader = Task.Run(ReadAsync);
    }

    /// <summary>The response (status 200 and its headers).</summary>
    public HttpResponseMessage Response => _response;

    /// <summary>The id of the last event read, which a reconnecting client sends as <c>Last-Event-ID</c>.</summary>
    public string? LastEventId { get; private set; }

    /// <summary>The <c>retry</c> the server suggested, in milliseconds.</summary>
    public int? Retry { get; private set; }

    /// <summary>Completes when the server ends the response or the connection breaks.</summary>
    public Task Completion => _reader;

    /// <summary>True when the response ended cleanly (the server finished it), false when the connection broke.</summary>
    public bool EndedCleanly { get; private set; }

    /// <summary>The arrival times of comment lines (heartbeats), as <see cref="Stopwatch"/> timestamps.</summary>
    public IReadOnlyList<long> Comments
    {
        get
        {
            lock (_comments)
            {
                return [.. _comments];
            }
        }
    }

    /// <summary>Opens a stream with the session of <paramref name="client"/> (its bearer token, else its cookie); throws unless the answer is 200.</summary>
    public static async Task<SseClient> OpenAsync(RpcClient client, string? lastEventId = null, int? receiveBufferSize = null)
    {
        var (http, response) = await SendAsync(client, lastEventId, receiveBufferSize);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            var body = await response.Content.ReadAsStringAsync();
            response.Dispose();
            http.Dispose();
            throw new InvalidOperationException($"GET /api/stream answered {(int)response.StatusCode}: {body}");
        }

        return new SseClient(http, response);
    }

    /// <summary>Sends <c>GET /api/stream</c> and returns the status and body of an answer that is not a stream.</summary>
    public static async Task<(int Status, string Body, string? ContentType)> OpenRefusedAsync(RpcClient client)
    {
        var (http, response) = await SendAsync(client, null, null);
        using (http)
        using (response)
        {
            if (response.StatusCode == HttpStatusCode.OK)
            {
                throw new InvalidOperationException("GET /api/stream was accepted.");
            }

            return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(), response.Content.Headers.ContentType?.ToString());
        }
    }

    /// <summary>The next event, waiting at most <paramref name="timeout"/> (5 s by default).</summary>
    public async Task<SseEvent> NextAsync(TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(5));
        try
        {
            return await _events.Reader.ReadAsync(cancel.Token);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            throw new TimeoutException($"No event within {timeout ?? TimeSpan.FromSeconds(5)} (last id {LastEventId}).");
        }
        catch (ChannelClosedException)
        {
            throw new InvalidOperationException($"The stream ended (cleanly: {EndedCleanly}) before another event (last id {LastEventId}).");
        }
    }

    /// <summary>The next <paramref name="count"/> events.</summary>
    public async Task<IReadOnlyList<SseEvent>> TakeAsync(int count, TimeSpan? timeout = null)
    {
        var taken = new List<SseEvent>(count);
        for (var i = 0; i < count; i++)
        {
            taken.Add(await NextAsync(timeout));
        }

        return taken;
    }

    /// <summary>Whether an event arrives within <paramref name="wait"/> (it is consumed).</summary>
    public async Task<SseEvent?> TryNextAsync(TimeSpan wait)
    {
        try
        {
            return await NextAsync(wait);
        }
        catch (TimeoutException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>Stops reading from the connection (the server's writes back up), until <see cref="ResumeReading"/>.</summary>
    public void PauseReading()
    {
        _resume = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _paused = true;
    }

    /// <summary>Reads again after <see cref="PauseReading"/>.</summary>
    public void ResumeReading()
    {
        _paused = false;
        _resume.TrySetResult();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        ResumeReading();
        _response.Dispose();
        _http.Dispose();
        try
        {
            await _reader;
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException or HttpRequestException or ObjectDisposedException)
        {
            // Closed by us.
        }

        _stop.Dispose();
    }

    private static async Task<(HttpClient, HttpResponseMessage)> SendAsync(RpcClient client, string? lastEventId, int? receiveBufferSize)
    {
        ArgumentNullException.ThrowIfNull(client);
        var source = LoopbackAddresses.Next();
        var handler = new SocketsHttpHandler
        {
            UseCookies = false,
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    if (receiveBufferSize is { } size)
                    {
                        socket.ReceiveBufferSize = size;
                    }

                    socket.Bind(new IPEndPoint(source, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        var http = new HttpClient(handler) { BaseAddress = client.BaseAddress, Timeout = Timeout.InfiniteTimeSpan };
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/stream");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        if (client.BearerToken is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        else if (client.SessionCookie is { } cookie)
        {
            request.Headers.Add("Cookie", $"vrss_session={cookie}");
        }

        if (lastEventId is not null)
        {
            request.Headers.Add("Last-Event-ID", lastEventId);
        }

        using (request)
        {
            using var headers = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            return (http, await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, headers.Token));
        }
    }

    private async Task ReadAsync()
    {
        try
        {
            await using var body = await _response.Content.ReadAsStreamAsync(_stop.Token);
            using var reader = new StreamReader(body, Encoding.UTF8);
            string? id = null;
            string? name = null;
            var data = new StringBuilder();
            var hasData = false;
            while (true)
            {
                if (_paused)
                {
                    await _resume.Task.WaitAsync(_stop.Token);
                }

                var line = await reader.ReadLineAsync(_stop.Token);
                if (line is null)
                {
                    EndedCleanly = true;
                    return;
                }

                if (line.Length == 0)
                {
                    if (hasData)
                    {
                        var received = new SseEvent(id, name ?? "message", data.ToString(), Stopwatch.GetTimestamp());
                        if (id is not null)
                        {
                            LastEventId = id;
                        }

                        _events.Writer.TryWrite(received);
                    }

                    id = null;
                    name = null;
                    data.Clear();
                    hasData = false;
                    continue;
                }

                if (line[0] == ':')
                {
                    lock (_comments)
                    {
                        _comments.Add(Stopwatch.GetTimestamp());
                    }

                    continue;
                }

                var colon = line.IndexOf(':', StringComparison.Ordinal);
                var field = colon < 0 ? line : line[..colon];
                var value = colon < 0 ? "" : line[(colon + 1)..];
                if (value.StartsWith(' '))
                {
                    value = value[1..];
                }

                switch (field)
                {
                    case "id":
                        id = value;
                        break;
                    case "event":
                        name = value;
                        break;
                    case "data":
                        if (hasData)
                        {
                            data.Append('\n');
                        }

                        data.Append(value);
                        hasData = true;
                        break;
                    case "retry":
                        Retry = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
                        break;
                    default:
                        break;
                }
            }
        }
        catch (Exception exception) when (exception is IOException or HttpRequestException or OperationCanceledException or ObjectDisposedException)
        {
            EndedCleanly = false;
        }
        finally
        {
            _events.Writer.TryComplete();
        }
    }
}
