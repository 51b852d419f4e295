using System.Text.Json;
using Vrss.GrainInterfaces.Moderation;

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

    /// <summary>
    /// Whether the procedure is a write that honours <c>context.idempotencyKey</c> (API.md, "Idempotency keys"): a
    /// repeat with the key answers the first answer instead of running again. The one place that says which
    /// procedures are keyed; the OpenAPI document marks them <c>x-vrss-idempotent</c>.
    /// </summary>
    bool Idempotent { get; }

    /// <summary>
    /// The least role the caller needs: <see cref="AccountRole.Member"/> for every member's procedure, higher for staff
    /// procedures (a moderator's procedure is open to admins). A lower role is refused with 403 / 1101; the OpenAPI
    /// document states it as <c>x-vrss-role</c>.
    /// </summary>
    AccountRole RequiredRole { get; }

    /// <summary>The input record (its schema is the <c>input</c> of the procedure in <c>/api/openapi.json</c>).</summary>
    Type InputType { get; }

    /// <summary>What goes in <c>data</c> on success.</summary>
    Type OutputType { get; }

    /// <summary>
    /// Every rate-limit policy that can refuse a call (names under <c>Vrss:RateLimits</c>), whether the base class counts
    /// it before the procedure runs or the procedure counts some outcomes itself; empty when none does.
    /// </summary>
    IReadOnlyList<string> RateLimitPolicyNames { get; }

    /// <summary>Binds <paramref name="input"/> (always a JSON object), validates, applies rate limits and runs.</summary>
    /// <returns>The value to put in <c>data</c>.</returns>
    Task<object?> InvokeAsync(JsonElement input, RpcContext context);
}
