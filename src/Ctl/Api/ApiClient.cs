using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Vrss.Ctl.Api;

/// <summary>Calls procedures over <c>POST /api/rpc</c> with a bearer session token (API.md, "Authentication").</summary>
internal sealed class ApiClient : IDisposable
{
    private readonly HttpClient _http;

    public ApiClient(Uri baseUrl, string? token, HttpMessageHandler handler)
    {
        _http = new HttpClient(handler, disposeHandler: false) { BaseAddress = baseUrl, Timeout = TimeSpan.FromMinutes(5) };
        _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("vrssctl", "1"));
        if (token is not null)
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
    }

    /// <summary>Calls <paramref name="procedure"/>; answers <c>data</c>, or throws <see cref="ApiException"/>.</summary>
    public async Task<JsonElement> CallAsync(string procedure, JsonObject? input, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["procedure"] = procedure, ["input"] = input ?? [] };
        HttpResponseMessage response;
        try
        {
            response = await _http.PostAsJsonAsync(new Uri("api/rpc", UriKind.Relative), body, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException exception)
        {
            throw new UnreachableException($"Cannot reach {_http.BaseAddress}: {exception.Message}", exception);
        }

        using (response)
        {
            JsonElement envelope;
            try
            {
                envelope = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken).ConfigureAwait(false);
            }
            catch (JsonException exception)
            {
                throw new UnreachableException($"{_http.BaseAddress} answered HTTP {(int)response.StatusCode} without an RPC envelope.", exception);
            }

            if (envelope.ValueKind != JsonValueKind.Object || !envelope.TryGetProperty("success", out var success))
            {
                throw new UnreachableException($"{_http.BaseAddress} answered HTTP {(int)response.StatusCode} without an RPC envelope.");
            }

            if (success.GetBoolean())
            {
                return envelope.GetProperty("data").Clone();
            }

            var error = envelope.GetProperty("error");
            throw new ApiException((int)response.StatusCode, error.GetProperty("code").GetInt32(), error.GetProperty("message").GetString() ?? "");
        }
    }

    public void Dispose() => _http.Dispose();
}
