namespace Vrss.GrainInterfaces.Users;

/// <summary>The outcome of a login check.</summary>
public enum LoginStatus
{
    /// <summary>Password (and code, when needed) accepted.</summary>
    Succeeded,

    /// <summary>Unknown login or wrong password: deliberately indistinguishable.</summary>
    InvalidCredentials,

    /// <summary>The password is right, two-factor is on and no code was given.</summary>
    TotpRequired,

    /// <summary>The password is right but the TOTP code is wrong or was already used.</summary>
    InvalidTotpCode,

    /// <summary>The password is right, but on an instance with an owner allowlist the email must be verified first.</summary>
    EmailNotVerified,
}
