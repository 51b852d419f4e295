using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Vrss.WebFront.Http;

namespace Vrss.WebFront.Rpc;

/// <summary>Writes API.md's envelope: <c>success</c>, <c>data</c> or <c>error</c>, and <c>metadata</c>.</summary>
public static class RpcEnvelope
{
    /// <summary>Writes a 200 success envelope around <paramref name="data"/>.</summary>
    public static Task WriteSuccessAsync(HttpContext context, object? data, JsonSerializerOptions options) =>
        WriteSuccess(context, writer => JsonSerializer.Serialize(writer, data, data?.GetType() ?? typeof(object), options));

    /// <summary>Writes a 200 success envelope around <paramref name="dataJson"/>, <c>data</c> already as JSON text.</summary>
    public static Task WriteSuccessJsonAsync(HttpContext context, string dataJson) =>
        WriteSuccess(context, writer => writer.WriteRawValue(dataJson, skipInputValidation: true));

    private static Task WriteSuccess(HttpContext context, Action<Utf8JsonWriter> writeData)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Features.Get<RequestLogFeature>() is { } log)
        {
            log.Outcome = "ok";
        }

        // Serialise before touching the response: a value that cannot be written becomes a clean 500 envelope.
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteBoolean("success", true);
            writer.WritePropertyName("data");
            writeData(writer);
            WriteMetadata(writer, context);
            writer.WriteEndObject();
        }

        return SendAsync(context, StatusCodes.Status200OK, buffer);
    }

    /// <summary>Writes an error envelope around <paramref name="errorJson"/> (as <see cref="ErrorJson"/> made it) with <paramref name="status"/>.</summary>
    public static Task WriteErrorJsonAsync(HttpContext context, string errorJson, int status)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(errorJson);
        if (context.Features.Get<RequestLogFeature>() is { } log)
        {
            using var error = JsonDocument.Parse(errorJson);
            log.Outcome = error.RootElement.GetProperty("code").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteBoolean("success", false);
            writer.WritePropertyName("error");
            writer.WriteRawValue(errorJson, skipInputValidation: true);
            WriteMetadata(writer, context);
            writer.WriteEndObject();
        }

        return SendAsync(context, status, buffer);
    }

    /// <summary>The <c>error</c> object of an envelope as JSON text.</summary>
    public static string ErrorJson(RpcError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteError(writer, error);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes an error envelope with the status of its code.</summary>
    public static Task WriteErrorAsync(HttpContext context, RpcError error) => WriteErrorAsync(context, error, error?.HttpStatus ?? 500);

    /// <summary>Writes an error envelope with an explicit status (405 only: the table has no code for it).</summary>
    public static Task WriteErrorAsync(HttpContext context, RpcError error, int status)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(error);
        if (context.Features.Get<RequestLogFeature>() is { } log)
        {
            log.Outcome = ((int)error.Code).ToString(System.Globalization.CultureInfo.InvariantCulture);
            log.RefusedBy = error.Code is ErrorCode.RateLimitExceeded or ErrorCode.TooManyRequests
                && error.Details?.TryGetValue("policy", out var policy) == true ? policy : null;
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteBoolean("success", false);
            writer.WritePropertyName("error");
            WriteError(writer, error);
            WriteMetadata(writer, context);
            writer.WriteEndObject();
        }

        return SendAsync(context, status, buffer);
    }

    private static void WriteError(Utf8JsonWriter writer, RpcError error)
    {
        writer.WriteStartObject();
        writer.WriteNumber("code", (int)error.Code);
        writer.WriteString("message", error.Message);
        if (error.Details is { Count: > 0 } details)
        {
            writer.WriteStartObject("details");
            foreach (var (key, value) in details)
            {
                writer.WriteString(key, value);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteMetadata(Utf8JsonWriter writer, HttpContext context)
    {
        var time = context.RequestServices?.GetService<TimeProvider>() ?? TimeProvider.System;
        writer.WriteStartObject("metadata");
        writer.WriteNumber("timestamp", time.GetUtcNow().ToUnixTimeMilliseconds());
        writer.WriteString("requestId", context.GetRequestId());
        if (context.Features.Get<RequestLogFeature>()?.CorrelationId is { } correlationId)
        {
            writer.WriteString("correlationId", correlationId);
        }
        writer.WriteEndObject();
    }

    private static async Task SendAsync(HttpContext context, int status, ArrayBufferWriter<byte> buffer)
    {
        var response = context.Response;
        if (response.HasStarted)
        {
            return;
        }

        response.StatusCode = status;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = buffer.WrittenCount;
        await response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted).ConfigureAwait(false);
    }
}
