using Vrss.GrainInterfaces.Errors;

namespace Vrss.WebFront.Rpc;

/// <summary>The HTTP status of each error code, exactly as API.md's table.</summary>
public static class ErrorStatus
{
    /// <summary>The status for <paramref name="code"/>; 500 for a code outside the table.</summary>
    public static int Of(ErrorCode code) => code switch
    {
        ErrorCode.Unauthorized or ErrorCode.InvalidCredentials or ErrorCode.SessionExpired or ErrorCode.InvalidToken => 401,
        ErrorCode.Forbidden or ErrorCode.InsufficientPermissions or ErrorCode.AccountSuspended or ErrorCode.EmailNotVerified or ErrorCode.Blocked => 403,
        ErrorCode.ValidationError or ErrorCode.InvalidInput or ErrorCode.MissingRequiredField or ErrorCode.InvalidFormat => 400,
        ErrorCode.NotFound or ErrorCode.ResourceNotFound or ErrorCode.UserNotFound or ErrorCode.PostNotFound => 404,
        ErrorCode.Conflict or ErrorCode.DuplicateUsername or ErrorCode.DuplicateEmail or ErrorCode.AlreadyFollowing or ErrorCode.IdempotencyKeyReused => 400,
        ErrorCode.RequestInProgress or ErrorCode.ReportAlreadyResolved or ErrorCode.ReportNotResolved => 409,
        ErrorCode.RateLimitExceeded or ErrorCode.TooManyRequests => 429,
        ErrorCode.StorageLimitExceeded or ErrorCode.FileTooLarge => 413,
        ErrorCode.InvalidFileType or ErrorCode.UploadVerificationFailed or ErrorCode.UploadExpired => 400,
        ErrorCode.DatabaseError or ErrorCode.ExternalServiceError => 503,
        _ => 500,
    };
}
