using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Vrss.WebFront.RateLimits;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.OpenApi;

/// <summary>
/// <c>GET /api/openapi.json</c>: the document, built once at start-up from the procedure table that dispatches calls and
/// the configured rate limits, and served as the same bytes afterwards.
/// </summary>
public sealed class OpenApiEndpoint
{
    /// <summary>The path of the document.</summary>
    public const string Path = "/api/openapi.json";

    private readonly byte[] _document;

    /// <summary>Builds the document.</summary>
    public OpenApiEndpoint(RpcProcedureRegistry registry, IOptions<RateLimitOptions> rateLimits, RpcEndpoint rpc)
    {
        ArgumentNullException.ThrowIfNull(rateLimits);
        ArgumentNullException.ThrowIfNull(rpc);
        var document = OpenApiDocumentBuilder.Build(registry, rateLimits.Value, rpc.JsonOptions);
        _document = JsonSerializer.SerializeToUtf8Bytes(document, new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>The document's bytes (UTF-8 JSON).</summary>
    public ReadOnlyMemory<byte> Document => _document;

    /// <summary>Answers the document.</summary>
    public Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = _document.Length;
        context.Response.Headers.CacheControl = "no-cache";
        return context.Response.Body.WriteAsync(_document, context.RequestAborted).AsTask();
    }
}
