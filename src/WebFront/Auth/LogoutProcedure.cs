using Vrss.GrainInterfaces.Sessions;
using Vrss.WebFront.Rpc;
using Vrss.WebFront.Sessions;

namespace Vrss.WebFront.Auth;

/// <summary><c>auth.logout</c>: revokes the caller's session at once, on every silo, and drops the cookie.</summary>
internal sealed class LogoutProcedure() : RpcProcedure<EmptyInput, EmptyOutput>("auth.logout")
{
    /// <inheritdoc />
    protected override async Task<EmptyOutput> ExecuteAsync(EmptyInput input, RpcContext context)
    {
        await context.Grains.GetGrain<ISessionGrain>(context.Session!.Key).RevokeAsync().ConfigureAwait(false);
        SessionCookie.Delete(context.HttpContext);
        return EmptyOutput.Instance;
    }
}
