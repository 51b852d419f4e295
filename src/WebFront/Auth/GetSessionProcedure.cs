using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Users;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Auth;

/// <summary><c>auth.getSession</c>: the signed-in user, and the session: its public id and when it expires.</summary>
internal sealed class GetSessionProcedure() : RpcProcedure<EmptyInput, GetSessionOutput>("auth.getSession")
{
    /// <inheritdoc />
    protected override async Task<GetSessionOutput> ExecuteAsync(EmptyInput input, RpcContext context)
    {
        var session = context.Session!;
        var user = await context.Grains.GetGrain<IUserGrain>(session.UserId).GetAccountAsync().ConfigureAwait(false)
            ?? throw new VrssException(ErrorCode.Unauthorized, "Sign in to do this.");
        return new GetSessionOutput(user, new SessionView(session.CreatedAt, session.ExpiresAt, session.SessionId));
    }
}
