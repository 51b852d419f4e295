using Vrss.GrainInterfaces.Social;

namespace Vrss.Grains.Social;

/// <summary>A stored connection request.</summary>
/// <param name="Id">The request's id.</param>
/// <param name="FromUserId">Who asked.</param>
/// <param name="ToUserId">Who is asked (the only one who may answer).</param>
/// <param name="Message">The optional note sent with the request.</param>
/// <param name="Status">Pending, accepted or declined.</param>
/// <param name="CreatedAt">When it was sent.</param>
/// <param name="RespondedAt">When it was answered, or null while pending.</param>
public sealed record ConnectionRequestRecord(
    string Id,
    string FromUserId,
    string ToUserId,
    string? Message,
    ConnectionRequestStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? RespondedAt);
