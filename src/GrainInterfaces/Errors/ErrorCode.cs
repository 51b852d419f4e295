namespace Vrss.GrainInterfaces.Errors;

/// <summary>The closed set of error codes of the wire contract (API.md, "Error codes").</summary>
public enum ErrorCode
{
    /// <summary>No valid session.</summary>
    Unauthorized = 1000,

    /// <summary>Wrong login or password (the same for both).</summary>
    InvalidCredentials = 1001,

    /// <summary>The session expired.</summary>
    SessionExpired = 1002,

    /// <summary>A token (verification, reset, TOTP) is invalid, used or expired.</summary>
    InvalidToken = 1003,

    /// <summary>The caller may not do this to this resource.</summary>
    Forbidden = 1100,

    /// <summary>The caller's role does not allow this.</summary>
    InsufficientPermissions = 1101,

    /// <summary>The account is suspended: it cannot sign in.</summary>
    AccountSuspended = 1102,

    /// <summary>The instance requires a verified email for this, and the caller's is not verified.</summary>
    EmailNotVerified = 1103,

    /// <summary>A block stands between the caller and the other user (either direction): no follow, comment, reaction or connection request.</summary>
    Blocked = 1104,

    /// <summary>The report is resolved already: it cannot be resolved (or assigned) again until it is reopened.</summary>
    ReportAlreadyResolved = 1105,

    /// <summary>The report is open: only a resolved report can be reopened.</summary>
    ReportNotResolved = 1106,

    /// <summary>The request is invalid.</summary>
    ValidationError = 1200,

    /// <summary>A field's value is not allowed.</summary>
    InvalidInput = 1201,

    /// <summary>A required field is missing.</summary>
    MissingRequiredField = 1202,

    /// <summary>A field or the body is malformed.</summary>
    InvalidFormat = 1203,

    /// <summary>Not found (also: unknown procedure).</summary>
    NotFound = 1300,

    /// <summary>The resource does not exist.</summary>
    ResourceNotFound = 1301,

    /// <summary>The user does not exist.</summary>
    UserNotFound = 1302,

    /// <summary>The post does not exist (or the caller may not see it).</summary>
    PostNotFound = 1303,

    /// <summary>The change conflicts with the current state.</summary>
    Conflict = 1400,

    /// <summary>The username is taken.</summary>
    DuplicateUsername = 1401,

    /// <summary>The email is taken.</summary>
    DuplicateEmail = 1402,

    /// <summary>Already following.</summary>
    AlreadyFollowing = 1403,

    /// <summary>The idempotency key was used before for another procedure or another input.</summary>
    IdempotencyKeyReused = 1404,

    /// <summary>The first request with this idempotency key is still running.</summary>
    RequestInProgress = 1405,

    /// <summary>A rate limit was reached.</summary>
    RateLimitExceeded = 1500,

    /// <summary>Too many requests.</summary>
    TooManyRequests = 1501,

    /// <summary>The storage quota would be exceeded.</summary>
    StorageLimitExceeded = 1600,

    /// <summary>The file type is not allowed, or its bytes do not match it.</summary>
    InvalidFileType = 1601,

    /// <summary>The file is over the size limit.</summary>
    FileTooLarge = 1602,

    /// <summary>The uploaded object is missing, of the wrong size, or of the wrong type.</summary>
    UploadVerificationFailed = 1603,

    /// <summary>The upload expired before it was completed.</summary>
    UploadExpired = 1604,

    /// <summary>An unexpected server error.</summary>
    InternalServerError = 1900,

    /// <summary>The database is unavailable.</summary>
    DatabaseError = 1901,

    /// <summary>An external service (S3) is unavailable.</summary>
    ExternalServiceError = 1902,

    /// <summary>Unknown error.</summary>
    UnknownError = 9999,
}
