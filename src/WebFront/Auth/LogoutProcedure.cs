using Vrss.GrainInterfaces.Sessions;
using Vrss.WebFront.Rpc;
using Vrss.WebFront.Sessions;

namespace Vrss.WebFront.Auth;

/// <summary><c>auth.logout</c>: revokes the caller's session at once, on every silo, and drops the cookie.</summary>
public sealed class LogoutProcedure : RpcProcedure<EmptyInput, EmptyOutput>
{
    /// <inheritdoc />
    public override string Name => "auth.logout";

    /// <inheritdoc />
    protected override async Task<EmptyOutput> ExecuteAsync(EmptyInput input, RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        await context.Grains.GetGrain<ISessionGrain>(context.Session!.Key).RevokeAsync().ConfigureAwait(false);
        SessionCookie.Delete(context.HttpContext);
        return EmptyOutput.Instance;
    }
}
