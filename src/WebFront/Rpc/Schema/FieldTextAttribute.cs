namespace Vrss.WebFront.Rpc.Schema;

/// <summary>
/// Declares a text field's length in Unicode scalar values (what <see cref="RpcValidation.TextLength"/> counts and what
/// JSON Schema's <c>minLength</c>/<c>maxLength</c> count) and, optionally, an ECMA-262 pattern it must match.
/// </summary>
/// <param name="min">The fewest characters.</param>
/// <param name="max">The most characters.</param>
[AttributeUsage(AttributeTargets.Property)]
public sealed class FieldTextAttribute(int min, int max) : Attribute
{
    /// <summary>The fewest characters.</summary>
    public int Min { get; } = min;

    /// <summary>The most characters.</summary>
    public int Max { get; } = max;

    /// <summary>A pattern the whole value must match, or null.</summary>
    public string? Pattern { get; init; }

    /// <summary>The code of a refusal for the length (1201 unless the procedure has always answered another).</summary>
    public ErrorCode LengthCode { get; init; } = ErrorCode.InvalidInput;

    /// <summary>The code of a refusal for the pattern.</summary>
    public ErrorCode PatternCode { get; init; } = ErrorCode.InvalidInput;

    /// <summary>A JSON Schema format (<c>email</c>), or null.</summary>
    public string? Format { get; init; }
}
