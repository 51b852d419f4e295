using Vrss.GrainInterfaces.Errors;

namespace Vrss.Grains.Users;

/// <summary>The errors of a taken username or email, the same from every repository.</summary>
internal static class DuplicateErrors
{
    public static VrssException Username() => VrssException.Invalid("username", "username is already taken", ErrorCode.DuplicateUsername);

    public static VrssException Email() => VrssException.Invalid("email", "email is already registered", ErrorCode.DuplicateEmail);
}
