using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Moderation;
using Vrss.GrainInterfaces.Operations;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Operations;

/// <summary><c>admin.rebuildFeed</c>: reads a home feed (or every active one) again from the tables.</summary>
internal sealed class RebuildFeedProcedure() : RpcProcedure<RebuildFeedInput, RebuildFeedOutput>("admin.rebuildFeed", requiredRole: AccountRole.Admin)
{
    /// <inheritdoc />
    protected override void Validate(RebuildFeedInput input)
    {
        if ((input.UserId is null) == (input.All != true))
        {
            throw VrssException.Invalid("userId", "give either userId or all: true", input.UserId is null ? ErrorCode.MissingRequiredField : ErrorCode.InvalidInput);
        }
    }

    /// <inheritdoc />
    protected override async Task<RebuildFeedOutput> ExecuteAsync(RebuildFeedInput input, RpcContext context)
    {
        var operations = context.Grains.GetGrain<IOperationsGrain>(0);
        if (input.All == true)
        {
            return new RebuildFeedOutput(await operations.RebuildActiveFeedsAsync().ConfigureAwait(false));
        }

        return await operations.RebuildFeedAsync(input.UserId!).ConfigureAwait(false)
            ? new RebuildFeedOutput(1)
            : throw new VrssException(ErrorCode.UserNotFound, "No such user.");
    }
}
