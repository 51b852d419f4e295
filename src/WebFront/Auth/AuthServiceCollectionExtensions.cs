using Microsoft.Extensions.DependencyInjection;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Auth;

/// <summary>Registers the <c>auth.*</c> procedures.</summary>
public static class AuthServiceCollectionExtensions
{
    /// <summary>Adds every <c>auth.*</c> procedure of API.md.</summary>
    public static IServiceCollection AddAuthProcedures(this IServiceCollection services) => services
        .AddRpcProcedure<RegisterProcedure>()
        .AddRpcProcedure<LoginProcedure>()
        .AddRpcProcedure<LogoutProcedure>()
        .AddRpcProcedure<GetSessionProcedure>()
        .AddRpcProcedure<ListSessionsProcedure>()
        .AddRpcProcedure<RevokeSessionProcedure>()
        .AddRpcProcedure<ChangePasswordProcedure>()
        .AddRpcProcedure<RequestPasswordResetProcedure>()
        .AddRpcProcedure<ResetPasswordProcedure>()
        .AddRpcProcedure<VerifyEmailProcedure>()
        .AddRpcProcedure<EnableTotpProcedure>()
        .AddRpcProcedure<ConfirmTotpProcedure>()
        .AddRpcProcedure<DisableTotpProcedure>()
        .AddRpcProcedure<RegenerateRecoveryCodesProcedure>();
}
