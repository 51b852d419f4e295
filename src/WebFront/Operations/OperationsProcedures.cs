using Microsoft.Extensions.DependencyInjection;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Operations;

/// <summary>Registers the admin procedures of the operations command line (vrssctl): cluster, media, feeds, emails.</summary>
public static class OperationsProcedures
{
    /// <summary>Adds admin.getCluster, admin.getMediaUsage, admin.listOrphanMedia, admin.removeOrphanMedia, admin.rebuildFeed, admin.getEmailOutbox and admin.retryEmails.</summary>
    public static IServiceCollection AddOperationsProcedures(this IServiceCollection services) => services
        .AddRpcProcedure<GetClusterProcedure>()
        .AddRpcProcedure<GetMediaUsageProcedure>()
        .AddRpcProcedure<ListOrphanMediaProcedure>()
        .AddRpcProcedure<RemoveOrphanMediaProcedure>()
        .AddRpcProcedure<RebuildFeedProcedure>()
        .AddRpcProcedure<GetEmailOutboxProcedure>()
        .AddRpcProcedure<RetryEmailsProcedure>();
}
