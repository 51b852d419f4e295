using Vrss.GrainInterfaces.Users;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Auth;

/// <summary><c>auth.enableTotp</c>: a new secret for an authenticator app, active once confirmed.</summary>
internal sealed class EnableTotpProcedure() : RpcProcedure<EmptyInput, TotpSetup>("auth.enableTotp")
{
    /// <inheritdoc />
    protected override Task<TotpSetup> ExecuteAsync(EmptyInput input, RpcContext context)
    {
        return context.Grains.GetGrain<IUserGrain>(context.UserId).EnableTotpAsync();
    }
}
