using System.Text.Json;

namespace Vrss.WebFront.Rpc;

/// <summary>A parsed request envelope. Owns the parsed document: dispose after the procedure ran.</summary>
/// <param name="Procedure">The procedure name.</param>
/// <param name="Input">The input object (an empty object when none was sent).</param>
/// <param name="Document">The document <paramref name="Input"/> lives in.</param>
/// <param name="CorrelationId">The client's <c>context.correlationId</c>, when it is a usable one (see <see cref="RpcRequestReader"/>).</param>
/// <param name="IdempotencyKey">The client's <c>context.idempotencyKey</c> (checked by <see cref="RpcRequestReader"/>), or null.</param>
public sealed record RpcRequest(string Procedure, JsonElement Input, JsonDocument Document, string? CorrelationId = null, string? IdempotencyKey = null) : IDisposable
{
    /// <inheritdoc />
    public void Dispose() => Document.Dispose();
}
