using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Text;
using Vrss.GrainInterfaces.Users;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Social;

/// <summary>
/// <c>social.requestConnection</c>: one pending request per pair (400 / 1400 otherwise, also when already connected);
/// 403 / 1100 when the other user does not accept requests.
/// </summary>
internal sealed class RequestConnectionProcedure() : RpcProcedure<ConnectionRequestInput, ConnectionRequestOutput>("social.requestConnection", idempotent: true)
{
    /// <summary>The longest note a request may carry.</summary>
    public const int MessageMaxLength = 500;

    /// <inheritdoc />
    protected override void Validate(ConnectionRequestInput input)
    {
        PlainText.Optional(input.Message, "message", MessageMaxLength, multiline: true);
    }

    /// <inheritdoc />
    protected override async Task<ConnectionRequestOutput> ExecuteAsync(ConnectionRequestInput input, RpcContext context)
    {
        var toUserId = await SocialQueries.ResolveUserAsync(context, input.Username, input.UserId).ConfigureAwait(false);
        if (toUserId == context.UserId)
        {
            throw VrssException.Invalid(SocialQueries.UserField(input.UserId), "you cannot connect with yourself");
        }

        var message = string.IsNullOrWhiteSpace(input.Message) ? null : input.Message;
        var request = await context.Grains.GetGrain<IUserGrain>(context.UserId).RequestConnectionAsync(toUserId, message).ConfigureAwait(false);
        return new ConnectionRequestOutput(ConnectionRequestShape.Of(request));
    }
}
