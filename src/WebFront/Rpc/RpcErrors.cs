using Microsoft.AspNetCore.Http;
using Orleans.Runtime;
using Vrss.GrainInterfaces.Errors;

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
            // A grain call that timed out, a dead or stopping silo, an overloaded gateway: the cluster behind the
            // front did not answer, which is a dependency being unavailable, not a bug; retrying may succeed.
            case TimeoutException:
                return new RpcError(ErrorCode.ExternalServiceError, "The service did not answer in time; try again.");
            case SiloUnavailableException or OrleansMessageRejectionException or GatewayTooBusyException:
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
