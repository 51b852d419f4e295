namespace Vrss.Ctl.Api;

/// <summary>The API answered <c>success: false</c>.</summary>
/// <param name="status">The HTTP status.</param>
/// <param name="code">The error code of API.md's table.</param>
/// <param name="message">The API's message.</param>
internal sealed class ApiException(int status, int code, string message) : Exception(message)
{
    /// <summary>The HTTP status.</summary>
    public int Status { get; } = status;

    /// <summary>The error code.</summary>
    public int Code { get; } = code;
}
