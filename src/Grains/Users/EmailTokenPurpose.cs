namespace Vrss.Grains.Users;

/// <summary>What an emailed token is for; a token works only for its own purpose.</summary>
public enum EmailTokenPurpose
{
    /// <summary>Proves the user reads the registered address.</summary>
    VerifyEmail,

    /// <summary>Lets the user set a new password.</summary>
    ResetPassword,
}
