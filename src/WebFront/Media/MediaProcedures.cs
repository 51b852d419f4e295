using Microsoft.Extensions.DependencyInjection;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Media;

/// <summary>Registers the <c>media.*</c> procedures.</summary>
public static class MediaProcedures
{
    /// <summary>Adds every <c>media.*</c> procedure of API.md.</summary>
    public static IServiceCollection AddMediaProcedures(this IServiceCollection services) => services
        .AddRpcProcedure<InitiateUploadProcedure>()
        .AddRpcProcedure<CompleteUploadProcedure>()
        .AddRpcProcedure<GetStorageUsageProcedure>()
        .AddRpcProcedure<DeleteMediaProcedure>();
}
