using Microsoft.Extensions.DependencyInjection;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Admin;

/// <summary>Registers the staff procedures (<c>admin.*</c>, <c>moderation.*</c>).</summary>
public static class AdminServiceCollectionExtensions
{
    /// <summary>Adds every staff procedure of API.md.</summary>
    public static IServiceCollection AddAdminProcedures(this IServiceCollection services) => services
        .AddRpcProcedure<SetRoleProcedure>()
        .AddRpcProcedure<GetAuditLogProcedure>()
        .AddRpcProcedure<SilenceUserProcedure>()
        .AddRpcProcedure<UnsilenceUserProcedure>()
        .AddRpcProcedure<SuspendUserProcedure>()
        .AddRpcProcedure<UnsuspendUserProcedure>()
        .AddRpcProcedure<GetAccountProcedure>()
        .AddRpcProcedure<ListAccountsProcedure>()
        .AddRpcProcedure<ForcePasswordResetProcedure>()
        .AddRpcProcedure<ResetTwoFactorProcedure>()
        .AddRpcProcedure<SetStorageTierProcedure>()
        .AddRpcProcedure<DeleteAccountProcedure>();
}
