using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Http;

/// <summary>
/// Refuses an <c>/api/rpc</c> body over the limit before anything reads it: a declared length over the limit
/// answers 413 at once, and the server is told to stop a chunked body at the limit.
/// </summary>
public sealed class RpcBodyLimitMiddleware(RequestDelegate next, IOptions<WebFrontOptions> options)
{
    /// <summary>Runs the middleware.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Request.Path.Equals(RpcEndpoint.Path, StringComparison.OrdinalIgnoreCase))
        {
            return next(context);
        }

        var max = options.Value.MaxRpcBodyBytes;
        if (context.Request.ContentLength > max)
        {
            return RpcEnvelope.WriteErrorAsync(context, RpcErrors.TooLarge);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            // One byte over, so that the reader, not the server, decides and answers with the envelope.
            limit.MaxRequestBodySize = max + 1;
        }

        return next(context);
    }
}
