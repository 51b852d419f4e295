using System.Text.Json.Serialization;
using Vrss.GrainInterfaces.Social;

namespace Vrss.WebFront.Social;

/// <summary>A connection request on the wire: <c>id, from, to, status, message?, createdAt, respondedAt?</c>.</summary>
public sealed record ConnectionRequestShape(
    string Id,
    UserCardShape From,
    UserCardShape To,
    ConnectionRequestStatus Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Message,
    DateTimeOffset CreatedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? RespondedAt)
{
    /// <summary>The wire form of a request.</summary>
    public static ConnectionRequestShape Of(ConnectionRequestView request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new(request.Id, UserCardShape.From(request.From), UserCardShape.From(request.To), request.Status, request.Message, request.CreatedAt, request.RespondedAt);
    }
}
