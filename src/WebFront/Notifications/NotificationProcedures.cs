using Microsoft.Extensions.DependencyInjection;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Notifications;

/// <summary>Registers the <c>notification.*</c> procedures.</summary>
public static class NotificationProcedures
{
    /// <summary>Adds every <c>notification.*</c> procedure of API.md.</summary>
    public static IServiceCollection AddNotificationProcedures(this IServiceCollection services) => services
        .AddRpcProcedure<GetNotificationsProcedure>()
        .AddRpcProcedure<MarkReadProcedure>();
}
