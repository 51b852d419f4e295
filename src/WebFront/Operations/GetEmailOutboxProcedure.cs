using Vrss.GrainInterfaces.Moderation;
using Vrss.GrainInterfaces.Operations;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Operations;

/// <summary><c>admin.getEmailOutbox</c>: the undelivered mail, queued and failed, without bodies.</summary>
internal sealed class GetEmailOutboxProcedure() : RpcProcedure<EmailOutboxInput, EmailOutboxOutput>("admin.getEmailOutbox", requiredRole: AccountRole.Admin)
{
    /// <inheritdoc />
    protected override async Task<EmailOutboxOutput> ExecuteAsync(EmailOutboxInput input, RpcContext context)
    {
        OutboxEntryStatus? status = input.Status switch
        {
            "queued" => OutboxEntryStatus.Queued,
            "failed" => OutboxEntryStatus.Failed,
            _ => null,
        };
        var items = await context.Grains.GetGrain<IOperationsGrain>(0).GetEmailOutboxAsync(status, input.Limit ?? 100).ConfigureAwait(false);
        return new EmailOutboxOutput(items);
    }
}
