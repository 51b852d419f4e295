using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Vrss.Testing.EndToEnd;

/// <summary>
/// A client of <c>/api/rpc</c> over real HTTP, as a PWA or a script would be: it keeps cookies (the
/// <c>vrss_session</c> cookie) and can send <c>Authorization: Bearer</c> instead. Each client connects from its
/// own loopback address (<see cref="LoopbackAddresses"/>) unless told otherwise.
/// </summary>
public sealed class RpcClient : IDisposable
{
    private readonly HttpClient _http;

    /// <summary>Creates a client of the silo at <paramref name="baseAddress"/>.</summary>
    /// <param name="baseAddress">A silo's <c>HttpAddress</c>.</param>
    /// <param name="sourceAddress">The loopback address to connect from (a fresh one when null).</param>
    /// <param name="useCookies">Whether to keep and send cookies like a browser.</param>
    public RpcClient(Uri baseAddress, IPAddress? sourceAddress = null, bool useCookies = true)
    {
        BaseAddress = baseAddress;
        SourceAddress = sourceAddress ?? LoopbackAddresses.Next();
        var source = SourceAddress;
        var handler = new SocketsHttpHandler
        {
            UseCookies = useCookies,
            CookieContainer = Cookies,
            AllowAutoRedirect = false,
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
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
        _http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>The silo's address.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The address this client connects from.</summary>
    public IPAddress SourceAddress { get; }

    /// <summary>The cookies the client keeps.</summary>
    public CookieContainer Cookies { get; } = new();

    /// <summary>When set, sent as <c>Authorization: Bearer</c> on every call.</summary>
    public string? BearerToken { get; set; }

    /// <summary>The underlying client, for requests outside the RPC envelope.</summary>
    public HttpClient Http => _http;

    /// <summary>The <c>vrss_session</c> cookie's value, if the client holds one.</summary>
    public string? SessionCookie => Cookies.GetCookies(BaseAddress)["vrss_session"]?.Value is { Length: > 0 } value ? value : null;

    /// <summary>Calls a procedure with <paramref name="input"/> serialised as JSON (camelCase).</summary>
    public Task<RpcResponse> CallAsync(string procedure, object? input = null)
    {
        var body = JsonSerializer.Serialize(new { procedure, input }, s_jsonOptions);
        return PostAsync(new StringContent(body, Encoding.UTF8, "application/json"));
    }

    /// <summary>Posts any content to <c>/api/rpc</c>.</summary>
    public Task<RpcResponse> PostAsync(HttpContent content) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/rpc") { Content = content });

    /// <summary>Posts raw bytes as <c>application/json</c>.</summary>
    public Task<RpcResponse> PostJsonBytesAsync(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return PostAsync(content);
    }

    /// <summary>Sends a request, adding the bearer token when set.</summary>
    public async Task<RpcResponse> SendAsync(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (BearerToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BearerToken);
        }

        using (request)
        {
            using var response = await _http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            return new RpcResponse(response, body);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    private static readonly JsonSerializerOptions s_jsonOptions = new(JsonSerializerDefaults.Web);
}
