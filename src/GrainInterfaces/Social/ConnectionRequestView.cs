using Vrss.GrainInterfaces.Users;

namespace Vrss.GrainInterfaces.Social;

/// <summary>A connection request as its two users see it.</summary>
/// <param name="Id">The request id.</param>
/// <param name="From">Who asked.</param>
/// <param name="To">Who is asked (the only one who may answer).</param>
/// <param name="Message">The note sent with it, if any.</param>
/// <param name="Status">Pending, accepted or declined.</param>
/// <param name="CreatedAt">When it was sent.</param>
/// <param name="RespondedAt">When it was answered, or null.</param>
[GenerateSerializer, Immutable]
public sealed record ConnectionRequestView(
    string Id,
    UserCard From,
    UserCard To,
    string? Message,
    ConnectionRequestStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? RespondedAt);
