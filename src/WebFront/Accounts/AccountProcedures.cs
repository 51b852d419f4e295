using Microsoft.Extensions.DependencyInjection;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Accounts;

/// <summary>Registers the account-lifecycle procedures (API.md, "Leaving and changing names").</summary>
public static class AccountProcedures
{
    /// <summary>Adds email and username changes, verification links, exports and account deletion.</summary>
    public static IServiceCollection AddAccountProcedures(this IServiceCollection services) => services
        .AddRpcProcedure<ChangeEmailProcedure>()
        .AddRpcProcedure<ConfirmEmailChangeProcedure>()
        .AddRpcProcedure<ResendVerificationProcedure>()
        .AddRpcProcedure<ChangeUsernameProcedure>()
        .AddRpcProcedure<ExportDataProcedure>()
        .AddRpcProcedure<GetExportProcedure>()
        .AddRpcProcedure<DeleteAccountProcedure>();
}
