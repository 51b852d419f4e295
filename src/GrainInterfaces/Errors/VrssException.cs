namespace Vrss.GrainInterfaces.Errors;

/// <summary>
/// An error the client caused or must know about, with its wire code. Grains throw it; the web front turns
/// it into the error envelope. It crosses silos with its code and details.
/// </summary>
[GenerateSerializer]
public sealed class VrssException : Exception
{
    /// <summary>Creates the exception.</summary>
    public VrssException() : this(ErrorCode.UnknownError, "Unknown error.") { }

    /// <summary>Creates the exception with a message (code <see cref="ErrorCode.UnknownError"/>).</summary>
    public VrssException(string message) : this(ErrorCode.UnknownError, message) { }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    public VrssException(string message, Exception innerException) : base(message, innerException) => Code = ErrorCode.UnknownError;

    /// <summary>Creates the exception.</summary>
    /// <param name="code">The wire code.</param>
    /// <param name="message">A message safe to show the client.</param>
    /// <param name="details">Extra fields for <c>error.details</c>, such as <c>field</c>.</param>
    public VrssException(ErrorCode code, string message, IReadOnlyDictionary<string, string>? details = null) : base(message)
    {
        Code = code;
        Details = details;
    }

    /// <summary>The wire code.</summary>
    [Id(0)]
    public ErrorCode Code { get; private set; }

    /// <summary>Extra fields for <c>error.details</c>.</summary>
    [Id(1)]
    public IReadOnlyDictionary<string, string>? Details { get; private set; }

    /// <summary>A validation error naming the offending field.</summary>
    public static VrssException Invalid(string field, string message, ErrorCode code = ErrorCode.InvalidInput) =>
        new(code, message, new Dictionary<string, string> { ["field"] = field });
}
