using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Vrss.WebFront.Rpc;

/// <summary>How features add procedures to <c>/api/rpc</c>.</summary>
public static class RpcServiceCollectionExtensions
{
    /// <summary>Adds a procedure (a singleton; take services through its constructor).</summary>
    public static IServiceCollection AddRpcProcedure<TProcedure>(this IServiceCollection services)
        where TProcedure : class, IRpcProcedure
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRpcProcedure, TProcedure>());
        return services;
    }
}
