using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Users;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Auth;

/// <summary><c>auth.getSession</c>: the signed-in user with their role, and the session: its public id and when it expires.</summary>
internal sealed class GetSessionProcedure() : RpcProcedure<EmptyInput, GetSessionOutput>("auth.getSession")
{
    /// <inheritdoc />
    protected override async Task<GetSessionOutput> ExecuteAsync(EmptyInput input, RpcContext context)
    {
        var session = context.Session!;
        var user = await context.Grains.GetGrain<IUserGrain>(session.UserId).GetAccountAsync().ConfigureAwait(false)
            ?? throw new VrssException(ErrorCode.Unauthorized, "Sign in to do this.");
        var role = await StaffGate.RoleOfAsync(context).ConfigureAwait(false);
        return new GetSessionOutput(SessionUser.From(user, role), new SessionView(session.CreatedAt, session.ExpiresAt, session.SessionId));
    }
}
