using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Users;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Social;

/// <summary><c>social.respondConnection</c>: the recipient accepts (connecting both users) or declines a pending request.</summary>
internal sealed class RespondConnectionProcedure() : RpcProcedure<RespondConnectionInput, ConnectionRequestOutput>("social.respondConnection", idempotent: true)
{
    /// <inheritdoc />
    protected override void Validate(RespondConnectionInput input)
    {
        InputIds.Require(input.RequestId, "requestId");
        if (input.Accept is null)
        {
            throw VrssException.Invalid("accept", "accept is required (true or false)", ErrorCode.MissingRequiredField);
        }
    }

    /// <inheritdoc />
    protected override async Task<ConnectionRequestOutput> ExecuteAsync(RespondConnectionInput input, RpcContext context)
    {
        var request = await context.Grains.GetGrain<IUserGrain>(context.UserId).RespondConnectionAsync(input.RequestId!, input.Accept!.Value).ConfigureAwait(false);
        return new ConnectionRequestOutput(ConnectionRequestShape.Of(request));
    }
}
