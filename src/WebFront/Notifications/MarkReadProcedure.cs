using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Notifications;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Notifications;

/// <summary><c>notification.markRead</c>: marks some (<c>ids</c>) or all (<c>all: true</c>) of the caller's notifications read.</summary>
internal sealed class MarkReadProcedure() : RpcProcedure<MarkReadInput, MarkReadOutput>("notification.markRead", idempotent: true)
{
    /// <summary>The most ids one call may name.</summary>
    public const int MaxIds = 1000;

    /// <inheritdoc />
    protected override void Validate(MarkReadInput input)
    {
        // ids are checked whenever they are given, all: true or not: the document refuses them either way.
        if (input.Ids is null)
        {
            if (input.All == true)
            {
                return;
            }

            throw VrssException.Invalid("ids", "ids or all: true is required", ErrorCode.MissingRequiredField);
        }

        if (input.Ids.Count > MaxIds)
        {
            throw VrssException.Invalid("ids", $"ids may name at most {MaxIds} notifications");
        }

        if (input.Ids.Any(id => string.IsNullOrWhiteSpace(id) || id.Length > 100))
        {
            throw VrssException.Invalid("ids", "each id must be a non-empty string of at most 100 characters");
        }
    }

    /// <inheritdoc />
    protected override async Task<MarkReadOutput> ExecuteAsync(MarkReadInput input, RpcContext context)
    {
        var grain = context.Grains.GetGrain<INotificationGrain>(context.UserId);
        var unread = input.All == true
            ? await grain.MarkAllReadAsync().ConfigureAwait(false)
            : await grain.MarkReadAsync([.. input.Ids!.Select(id => id!)]).ConfigureAwait(false);
        return new MarkReadOutput(unread);
    }
}
