using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Sessions;
using Vrss.WebFront.Rpc;
using Vrss.WebFront.Sessions;

namespace Vrss.WebFront.Auth;

/// <summary>
/// <c>auth.revokeSession</c>: signs one of the caller's sessions out at once, cluster-wide (a lost device), and
/// closes its live streams. Another user's session id is 404 / 1301, exactly like one that never existed. Revoking
/// the calling session is a logout: the cookie goes too.
/// </summary>
internal sealed class RevokeSessionProcedure() : RpcProcedure<RevokeSessionInput, EmptyOutput>("auth.revokeSession")
{
    /// <inheritdoc />
    protected override void Validate(RevokeSessionInput input) => RpcValidation.RequiredText(input.SessionId, "sessionId", 1, 100);

    /// <inheritdoc />
    protected override async Task<EmptyOutput> ExecuteAsync(RevokeSessionInput input, RpcContext context)
    {
        var caller = context.Session!;
        if (!await context.Grains.GetGrain<IUserSessionsGrain>(caller.UserId).RevokeAsync(input.SessionId!).ConfigureAwait(false))
        {
            throw new VrssException(ErrorCode.ResourceNotFound, "No such session.");
        }

        if (input.SessionId == caller.SessionId)
        {
            SessionCookie.Delete(context.HttpContext);
        }

        return EmptyOutput.Instance;
    }
}
