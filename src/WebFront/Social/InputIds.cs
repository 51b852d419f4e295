using Vrss.GrainInterfaces.Errors;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Social;

/// <summary>Checks ids clients send back (post, comment, request, media and user ids): 1-100 visible ASCII characters.</summary>
public static class InputIds
{
    /// <summary>The longest id accepted.</summary>
    public const int MaxLength = 100;

    /// <summary>A required id (400 / 1202 when missing, 1201 when it cannot be an id).</summary>
    public static string Require(string? value, string field)
    {
        RpcValidation.Required(value, field);
        if (!IsWellFormed(value))
        {
            throw VrssException.Invalid(field, $"{field} is not a valid id");
        }

        return value;
    }

    /// <summary>Whether the value could be an id.</summary>
    public static bool IsWellFormed(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length is >= 1 and <= MaxLength && value.All(c => c is > ' ' and < (char)0x7F);
    }
}
