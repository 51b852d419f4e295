using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Moderation;
using Vrss.GrainInterfaces.Operations;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Operations;

/// <summary><c>admin.retryEmails</c>: failed outbox messages get a fresh set of delivery attempts.</summary>
internal sealed class RetryEmailsProcedure() : RpcProcedure<RetryEmailsInput, RetryEmailsOutput>("admin.retryEmails", requiredRole: AccountRole.Admin)
{
    /// <summary>The most ids one call may name.</summary>
    public const int MaxIds = 1000;

    /// <inheritdoc />
    protected override void Validate(RetryEmailsInput input)
    {
        if (input.Ids is null)
        {
            if (input.AllFailed != true)
            {
                throw VrssException.Invalid("ids", "ids or allFailed: true is required", ErrorCode.MissingRequiredField);
            }

            return;
        }

        if (input.AllFailed == true)
        {
            throw VrssException.Invalid("ids", "give ids or allFailed: true, not both");
        }

        if (input.Ids.Count is 0 or > MaxIds || input.Ids.Any(id => string.IsNullOrWhiteSpace(id) || id.Length > 100))
        {
            throw VrssException.Invalid("ids", $"ids must name 1 to {MaxIds} messages, each a non-empty string of at most 100 characters");
        }
    }

    /// <inheritdoc />
    protected override async Task<RetryEmailsOutput> ExecuteAsync(RetryEmailsInput input, RpcContext context)
    {
        IReadOnlyList<string>? ids = input.Ids is null ? null : [.. input.Ids.Select(id => id!)];
        return new RetryEmailsOutput(await context.Grains.GetGrain<IOperationsGrain>(0).RetryEmailsAsync(ids).ConfigureAwait(false));
    }
}
