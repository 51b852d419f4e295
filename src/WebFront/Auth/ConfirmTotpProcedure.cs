using Vrss.GrainInterfaces.Users;

namespace Vrss.WebFront.Auth;

/// <summary><c>auth.confirmTotp</c>: turns two-factor on with a code from the pending secret.</summary>
internal sealed class ConfirmTotpProcedure() : TotpCodeProcedure("auth.confirmTotp")
{
    /// <inheritdoc />
    protected override Task ApplyAsync(IUserGrain user, string code)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.ConfirmTotpAsync(code);
    }
}
