using Vrss.GrainInterfaces.Users;

namespace Vrss.WebFront.Auth;

/// <summary><c>auth.disableTotp</c>: turns two-factor off with a current code.</summary>
public sealed class DisableTotpProcedure : TotpCodeProcedure
{
    /// <inheritdoc />
    public override string Name => "auth.disableTotp";

    /// <inheritdoc />
    protected override Task ApplyAsync(IUserGrain user, string code)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.DisableTotpAsync(code);
    }
}
