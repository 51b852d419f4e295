using Vrss.GrainInterfaces.Errors;

namespace Vrss.WebFront.Rpc;

/// <summary>The <c>error</c> of an error envelope.</summary>
/// <param name="Code">The wire code.</param>
/// <param name="Message">A message safe to show.</param>
/// <param name="Details">Extra fields, such as <c>field</c>.</param>
public sealed record RpcError(ErrorCode Code, string Message, IReadOnlyDictionary<string, string>? Details = null)
{
    /// <summary>The HTTP status of <see cref="Code"/> (API.md's table).</summary>
    public int HttpStatus => ErrorStatus.Of(Code);
}
