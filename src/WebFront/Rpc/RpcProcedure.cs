using System.Text.Json;
using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Moderation;
using Vrss.WebFront.RateLimits;
using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Rpc;

/// <summary>
/// A procedure with a typed input record. The input is bound with the RPC JSON rules (unknown fields ignored, a
/// wrong type is 400 / 1200 naming the field), then <see cref="Validate"/> runs, then the field declarations
/// (<see cref="DeclaredRules"/>, what the OpenAPI document states), then the rate limit of
/// <see cref="RateLimitPolicy"/>, then <see cref="ExecuteAsync"/>.
/// </summary>
/// <typeparam name="TInput">The input record; make every field nullable and check presence in <see cref="Validate"/>.</typeparam>
/// <typeparam name="TOutput">What goes in <c>data</c>.</typeparam>
/// <param name="name">The procedure's name on the wire (<c>social.follow</c>).</param>
/// <param name="rateLimitPolicy">
/// The rate-limit policy counted before <see cref="ExecuteAsync"/> (a name under <c>Vrss:RateLimits</c>), or null when
/// the procedure enforces its own. <see cref="RateLimitPolicies.Default"/> becomes <see cref="RateLimitPolicies.Anonymous"/>
/// for callers without a session.
/// </param>
/// <param name="requiresSession">Whether anonymous callers are refused (401 / 1000) before anything else runs.</param>
/// <param name="idempotent">
/// Whether the procedure is a write keyed by <c>context.idempotencyKey</c> (see <see cref="IRpcProcedure.Idempotent"/>);
/// only procedures that need a session may be, as keys are per user.
/// </param>
/// <param name="requiredRole">
/// The least role the caller needs (see <see cref="IRpcProcedure.RequiredRole"/>); checked after the session, before
/// the input is looked at: 403 / 1101 for a lower role. Anything above <see cref="AccountRole.Member"/> needs a session.
/// </param>
public abstract class RpcProcedure<TInput, TOutput>(
    string name,
    string? rateLimitPolicy = RateLimitPolicies.Default,
    bool requiresSession = true,
    bool idempotent = false,
    AccountRole requiredRole = AccountRole.Member) : IRpcProcedure
    where TInput : class
{
    /// <inheritdoc />
    public string Name { get; } = name;

    /// <inheritdoc />
    public bool RequiresSession { get; } = requiresSession;

    /// <inheritdoc />
    public bool Idempotent { get; } = !idempotent || requiresSession
        ? idempotent
        : throw new ArgumentException("Idempotency keys are per user: an idempotent procedure needs a session.", nameof(idempotent));

    /// <inheritdoc />
    public AccountRole RequiredRole { get; } = requiredRole == AccountRole.Member || requiresSession
        ? requiredRole
        : throw new ArgumentException("A role belongs to a signed-in account: a procedure needing one needs a session.", nameof(requiredRole));

    /// <summary>The policy counted before <see cref="ExecuteAsync"/>; see the constructor.</summary>
    public string? RateLimitPolicy { get; } = rateLimitPolicy;

    /// <inheritdoc />
    public Type InputType => typeof(TInput);

    /// <inheritdoc />
    public Type OutputType => typeof(TOutput);

    /// <inheritdoc />
    public virtual IReadOnlyList<string> RateLimitPolicyNames => RateLimitPolicy is { } policy
        ? policy == RateLimitPolicies.Default ? [policy, RateLimitPolicies.Anonymous] : [policy]
        : [];

    /// <inheritdoc />
    public async Task<object?> InvokeAsync(JsonElement input, RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (RequiredRole != AccountRole.Member)
        {
            await StaffGate.RequireAsync(context, RequiredRole).ConfigureAwait(false);
        }

        var typed = Bind(input, context.JsonOptions);
        Validate(typed);
        DeclaredRules.Check(typed);
        if (RateLimitPolicy is { } policy)
        {
            await context.EnforceRateLimitAsync(policy, GetRateLimitSubject(typed, context)).ConfigureAwait(false);
        }

        return await ExecuteAsync(typed, context).ConfigureAwait(false);
    }

    /// <summary>Checks the bound input; throw <see cref="VrssException"/> (see <see cref="RpcValidation"/>) to refuse it.</summary>
    protected virtual void Validate(TInput input)
    {
    }

    /// <summary>Who the rate limit counts against; null for the caller (user id, or IP address when anonymous).</summary>
    protected virtual string? GetRateLimitSubject(TInput input, RpcContext context) => null;

    /// <summary>Runs the procedure.</summary>
    protected abstract Task<TOutput> ExecuteAsync(TInput input, RpcContext context);

    private static TInput Bind(JsonElement input, JsonSerializerOptions options)
    {
        try
        {
            return input.Deserialize<TInput>(options)
                ?? throw VrssException.Invalid("input", "input must be an object", ErrorCode.ValidationError);
        }
        catch (JsonException exception)
        {
            var field = FieldName(exception.Path);
            throw VrssException.Invalid(field, $"{field} has the wrong type or an unknown value", ErrorCode.ValidationError);
        }
        catch (Exception exception) when (exception is InvalidOperationException or NotSupportedException or FormatException or ArgumentException)
        {
            // Strings the serializer cannot turn into .NET text (lone surrogates) and similar oddities.
            throw VrssException.Invalid("input", "input contains a value that cannot be read", ErrorCode.ValidationError);
        }
    }

    private static string FieldName(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return "input";
        }

        var name = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        return name.Length > 100 ? name[..100] : name;
    }
}
