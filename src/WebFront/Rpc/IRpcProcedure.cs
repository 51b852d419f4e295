using System.Text.Json;

namespace Vrss.WebFront.Rpc;

/// <summary>
/// One entry of the <c>/api/rpc</c> procedure table. Features add entries with
/// <see cref="RpcServiceCollectionExtensions.AddRpcProcedure{TProcedure}"/>; derive from
/// <see cref="RpcProcedure{TInput, TOutput}"/> rather than implementing this directly.
/// </summary>
public interface IRpcProcedure
{
    /// <summary>The procedure name, such as <c>auth.login</c>.</summary>
    string Name { get; }

    /// <summary>Whether the caller must have a valid session (401 / 1000 otherwise).</summary>
    bool RequiresSession { get; }

    /// <summary>Binds <paramref name="input"/> (always a JSON object), validates, applies rate limits and runs.</summary>
    /// <returns>The value to put in <c>data</c>.</returns>
    Task<object?> InvokeAsync(JsonElement input, RpcContext context);
}
