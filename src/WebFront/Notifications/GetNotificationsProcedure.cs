using Vrss.GrainInterfaces.Notifications;
using Vrss.GrainInterfaces.Paging;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Notifications;

/// <summary><c>notification.getNotifications</c>: the caller's notifications, newest first, with the unread count.</summary>
internal sealed class GetNotificationsProcedure() : RpcProcedure<GetNotificationsInput, NotificationPage>("notification.getNotifications")
{
    /// <inheritdoc />
    protected override void Validate(GetNotificationsInput input)
    {
        PageLimit.Resolve(input.Limit);
        RpcValidation.OptionalText(input.Cursor, "cursor", 1, 512);
    }

    /// <inheritdoc />
    protected override Task<NotificationPage> ExecuteAsync(GetNotificationsInput input, RpcContext context)
    {
        return context.Grains.GetGrain<INotificationGrain>(context.UserId).GetAsync(input.Since, input.Cursor, PageLimit.Resolve(input.Limit));
    }
}
