using Microsoft.AspNetCore.Http;
using Vrss.GrainInterfaces.Errors;
using Vrss.Runtime.Core;
using Vrss.Runtime.Storage;

namespace Vrss.WebFront.Rpc;

/// <summary>Turns exceptions into wire errors. Only <see cref="VrssException"/> messages reach clients verbatim.</summary>
public static class RpcErrors
{
    /// <summary>The error for <paramref name="exception"/>; <paramref name="unexpected"/> says whether it is a bug to log.</summary>
    public static RpcError From(Exception exception, out bool unexpected)
    {
        unexpected = false;
        switch (exception)
        {
            case VrssException vrss:
                unexpected = ErrorStatus.Of(vrss.Code) >= 500;
                return new RpcError(vrss.Code, vrss.Message, vrss.Details);
            case BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }:
                return TooLarge;
            case BadHttpRequestException:
                return new RpcError(ErrorCode.InvalidFormat, "The request could not be read.");
            // Text PostgreSQL cannot store (a NUL character) that a procedure let through: the input's fault.
            case Npgsql.PostgresException { SqlState: "22021" or "22P05" }:
                return new RpcError(ErrorCode.InvalidFormat, "The input contains characters that cannot be stored.");
            case StorageUnavailableException:
                return new RpcError(ErrorCode.DatabaseError, "The database is unavailable; try again shortly.");
            case InconsistentStateException:
                return new RpcError(ErrorCode.DatabaseError, "A concurrent update interfered; try again.");
            // A grain call that timed out, a stopping silo, an overloaded activation: the cluster behind the
            // front did not answer, which is a dependency being unavailable, not a bug; retrying may succeed.
            case TimeoutException:
                return new RpcError(ErrorCode.ExternalServiceError, "The service did not answer in time; try again.");
            case SiloUnavailableException or MailboxFullException:
                return new RpcError(ErrorCode.ExternalServiceError, "The service is busy; try again.");
            default:
                unexpected = true;
                return Internal;
        }
    }

    /// <summary>The error of a body over the limit (413; FILE_TOO_LARGE is the table's "too large" code with 413).</summary>
    public static RpcError TooLarge { get; } = new(ErrorCode.FileTooLarge, "The request body is larger than 1 MiB.");

    /// <summary>The error of an unexpected failure: no detail beyond the request id.</summary>
    public static RpcError Internal { get; } = new(ErrorCode.InternalServerError, "An unexpected error occurred; quote the request id when reporting it.");
}
