using Vrss.GrainInterfaces.Users;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Auth;

/// <summary><c>auth.enableTotp</c>: a new secret for an authenticator app, active once confirmed.</summary>
public sealed class EnableTotpProcedure : RpcProcedure<EmptyInput, TotpSetup>
{
    /// <inheritdoc />
    public override string Name => "auth.enableTotp";

    /// <inheritdoc />
    protected override Task<TotpSetup> ExecuteAsync(EmptyInput input, RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Grains.GetGrain<IUserGrain>(context.UserId).EnableTotpAsync();
    }
}
