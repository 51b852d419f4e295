using Vrss.GrainInterfaces.Social;
using Vrss.GrainInterfaces.Users;

namespace Vrss.Grains.Social;

/// <summary>Shapes stored connection requests for their readers.</summary>
internal static class ConnectionViews
{
    public static ConnectionRequestView Of(ConnectionRequestRecord request, IReadOnlyDictionary<string, UserCard> cards) =>
        new(request.Id, cards[request.FromUserId], cards[request.ToUserId], request.Message, request.Status, request.CreatedAt, request.RespondedAt);
}
