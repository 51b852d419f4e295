using Vrss.GrainInterfaces.Users;

namespace Vrss.WebFront.Auth;

/// <summary><c>auth.disableTotp</c>: turns two-factor off with a current code.</summary>
internal sealed class DisableTotpProcedure() : TotpCodeProcedure("auth.disableTotp")
{
    /// <inheritdoc />
    protected override Task ApplyAsync(IUserGrain user, string code)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.DisableTotpAsync(code);
    }
}
