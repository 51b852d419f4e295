using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Vrss.GrainInterfaces.Errors;

namespace Vrss.WebFront.Rpc;

/// <summary>Reads and checks a request envelope; every way it can be wrong has its own code.</summary>
public static class RpcRequestReader
{
    private static readonly JsonDocument s_emptyObject = JsonDocument.Parse("{}");

    /// <summary>Reads the body (at most <paramref name="maxBytes"/>) and parses the envelope.</summary>
    public static async Task<RpcRequest> ReadAsync(HttpRequest request, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!IsJson(request.ContentType))
        {
            throw new VrssException(ErrorCode.InvalidFormat, "Content-Type must be application/json.");
        }

        var body = await ReadBodyAsync(request, maxBytes).ConfigureAwait(false);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, RpcJson.DocumentOptions);
        }
        catch (Exception exception) when (IsUnreadable(exception))
        {
            throw new VrssException(ErrorCode.InvalidFormat, "The body is not valid JSON.");
        }

        try
        {
            return Parse(document);
        }
        catch (Exception exception) when (IsUnreadable(exception))
        {
            document.Dispose();
            throw new VrssException(ErrorCode.InvalidFormat, "The body is not valid JSON text.");
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    // Malformed JSON, and well-formed JSON whose strings cannot become .NET text (unpaired surrogate escapes).
    private static bool IsUnreadable(Exception exception) =>
        exception is JsonException or InvalidOperationException or ArgumentException;

    private static RpcRequest Parse(JsonDocument document)
    {
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new VrssException(ErrorCode.InvalidFormat, "The body must be a JSON object.");
        }

        if (!root.TryGetProperty("procedure", out var procedure) || procedure.ValueKind == JsonValueKind.Null)
        {
            throw VrssException.Invalid("procedure", "procedure is required", ErrorCode.MissingRequiredField);
        }

        if (procedure.ValueKind != JsonValueKind.String)
        {
            throw VrssException.Invalid("procedure", "procedure must be a string", ErrorCode.ValidationError);
        }

        var input = s_emptyObject.RootElement;
        if (root.TryGetProperty("input", out var given) && given.ValueKind != JsonValueKind.Null)
        {
            input = given.ValueKind == JsonValueKind.Object
                ? given
                : throw VrssException.Invalid("input", "input must be an object", ErrorCode.ValidationError);
        }

        if (root.TryGetProperty("context", out var context) && context.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
        {
            throw VrssException.Invalid("context", "context must be an object", ErrorCode.ValidationError);
        }

        string name;
        try
        {
            name = procedure.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw VrssException.Invalid("procedure", "procedure is not valid text", ErrorCode.ValidationError);
        }

        return new RpcRequest(name, input, document, CorrelationIdOf(context), IdempotencyKeyOf(context));
    }

    /// <summary>The longest idempotency key taken.</summary>
    public const int MaxIdempotencyKeyLength = 128;

    // Unlike the correlation id, a bad key is refused: the client relies on it to make a repeat safe, and ignoring it
    // would run the repeat twice.
    private static string? IdempotencyKeyOf(JsonElement context)
    {
        if (context.ValueKind != JsonValueKind.Object
            || !context.TryGetProperty("idempotencyKey", out var key)
            || key.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return key.ValueKind == JsonValueKind.String
            && key.GetString() is { Length: >= 1 and <= MaxIdempotencyKeyLength } text
            && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':')
                ? text
                : throw VrssException.Invalid(
                    "context.idempotencyKey",
                    $"context.idempotencyKey must be 1-{MaxIdempotencyKeyLength} characters of A-Z a-z 0-9 - _ . :",
                    ErrorCode.InvalidFormat);
    }

    // The id goes into log lines and the answer's metadata, so only short, plain ids are taken: anything else (line
    // breaks that would forge log lines, megabytes of text) is ignored rather than refused, as the field is optional.
    private static string? CorrelationIdOf(JsonElement context) =>
        context.ValueKind == JsonValueKind.Object
        && context.TryGetProperty("correlationId", out var id)
        && id.ValueKind == JsonValueKind.String
        && id.GetString() is { Length: >= 1 and <= 128 } text
        && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':' or '/')
            ? text
            : null;

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, long maxBytes)
    {
        if (request.ContentLength > maxBytes)
        {
            throw new VrssException(RpcErrors.TooLarge.Code, RpcErrors.TooLarge.Message);
        }

        using var buffer = new MemoryStream(request.ContentLength is > 0 and var length ? (int)length : 4096);
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new VrssException(RpcErrors.TooLarge.Code, RpcErrors.TooLarge.Message);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static bool IsJson(string? contentType) =>
        contentType is not null
        && Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media)
        && media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase);
}
