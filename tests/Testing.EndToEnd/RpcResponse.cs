using System.Net;
using System.Text.Json;
using Xunit;

namespace Vrss.Testing.EndToEnd;

/// <summary>An answer of <c>/api/rpc</c>: status, headers, and the envelope read leniently so tests can check it strictly.</summary>
public sealed class RpcResponse
{
    private readonly Dictionary<string, string> _headers = new(StringComparer.OrdinalIgnoreCase);

    internal RpcResponse(HttpResponseMessage response, string body)
    {
        StatusCode = (int)response.StatusCode;
        Body = body;
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            _headers[name] = string.Join(", ", values);
        }

        SetCookies = response.Headers.TryGetValues("Set-Cookie", out var cookies) ? [.. cookies] : [];
        try
        {
            using var document = JsonDocument.Parse(body);
            Root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            Root = null;
        }
    }

    /// <summary>The HTTP status.</summary>
    public int StatusCode { get; }

    /// <summary>The body as text.</summary>
    public string Body { get; }

    /// <summary>The body as JSON, or null when it is not JSON.</summary>
    public JsonElement? Root { get; }

    /// <summary>Every <c>Set-Cookie</c> header.</summary>
    public IReadOnlyList<string> SetCookies { get; }

    /// <summary>The envelope's <c>success</c>.</summary>
    public bool Success => Root is { ValueKind: JsonValueKind.Object } root && root.TryGetProperty("success", out var s) && s.ValueKind == JsonValueKind.True;

    /// <summary>The envelope's <c>data</c> (throws when absent).</summary>
    public JsonElement Data => Root!.Value.GetProperty("data");

    /// <summary>The envelope's <c>error.code</c>, or null.</summary>
    public int? ErrorCode => TryError(out var error) && error.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.Number ? code.GetInt32() : null;

    /// <summary>The envelope's <c>error.message</c>, or null.</summary>
    public string? ErrorMessage => TryError(out var error) && error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;

    /// <summary>The envelope's <c>error.details.field</c>, or null.</summary>
    public string? ErrorField =>
        TryError(out var error) && error.TryGetProperty("details", out var d) && d.ValueKind == JsonValueKind.Object
        && d.TryGetProperty("field", out var f) ? f.GetString() : null;

    /// <summary>The <c>X-Request-Id</c> header.</summary>
    public string? RequestId => Header("X-Request-Id");

    /// <summary>A response header (or content header), or null.</summary>
    public string? Header(string name) => _headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>Throws with the body unless the call succeeded.</summary>
    public RpcResponse EnsureSuccess()
    {
        if (StatusCode != (int)HttpStatusCode.OK || !Success)
        {
            throw new InvalidOperationException($"Expected success, got {StatusCode}: {Body}");
        }

        return this;
    }

    /// <summary>Asserts the envelope shape of API.md: success, data or error {code, message}, metadata {timestamp, requestId = header}.</summary>
    public RpcResponse AssertEnvelope()
    {
        Assert.True(Root is { ValueKind: JsonValueKind.Object }, $"The body is not a JSON object ({StatusCode}): {Truncate(Body)}");
        var root = Root!.Value;
        Assert.True(root.TryGetProperty("success", out var success) && success.ValueKind is JsonValueKind.True or JsonValueKind.False, "success must be a boolean");
        Assert.True(root.TryGetProperty("metadata", out var metadata) && metadata.ValueKind == JsonValueKind.Object, "metadata must be an object");
        Assert.True(metadata.TryGetProperty("timestamp", out var timestamp) && timestamp.ValueKind == JsonValueKind.Number && timestamp.TryGetInt64(out var ms) && ms > 1_000_000_000_000, "metadata.timestamp must be Unix milliseconds");
        Assert.True(metadata.TryGetProperty("requestId", out var requestId) && requestId.ValueKind == JsonValueKind.String, "metadata.requestId must be a string");
        Assert.False(string.IsNullOrEmpty(RequestId), "X-Request-Id must be present");
        Assert.Equal(RequestId, requestId.GetString());
        if (success.ValueKind == JsonValueKind.True)
        {
            Assert.Equal(200, StatusCode);
            Assert.True(root.TryGetProperty("data", out _), "a success carries data");
        }
        else
        {
            Assert.True(root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object, "an error carries error");
            Assert.True(error.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.Number, "error.code must be a number");
            Assert.True(error.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String, "error.message must be a string");
            Assert.False(root.TryGetProperty("data", out _), "an error carries no data");
        }

        return this;
    }

    /// <summary>Asserts a well-formed error envelope with this status and code.</summary>
    public RpcResponse AssertError(int status, int code)
    {
        AssertEnvelope();
        Assert.False(Success, $"Expected error {code}, got success: {Truncate(Body)}");
        Assert.True(status == StatusCode && code == ErrorCode, $"Expected {status}/{code}, got {StatusCode}/{ErrorCode}: {Truncate(Body)}");
        return this;
    }

    /// <summary>Asserts a well-formed success envelope and returns its data.</summary>
    public JsonElement AssertSuccess()
    {
        AssertEnvelope();
        Assert.True(Success, $"Expected success, got {StatusCode}: {Truncate(Body)}");
        return Data;
    }

    private bool TryError(out JsonElement error)
    {
        error = default;
        return Root is { ValueKind: JsonValueKind.Object } root && root.TryGetProperty("error", out error) && error.ValueKind == JsonValueKind.Object;
    }

    private static string Truncate(string text) => text.Length > 500 ? text[..500] + "..." : text;
}
