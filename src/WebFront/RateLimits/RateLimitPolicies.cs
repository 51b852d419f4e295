namespace Vrss.WebFront.RateLimits;

/// <summary>The rate-limit policy names (keys under <c>Vrss:RateLimits</c>), one per row of API.md's table.</summary>
public static class RateLimitPolicies
{
    /// <summary>Failed logins, per login name and per IP address.</summary>
    public const string Login = "auth.login";

    /// <summary>Registrations per IP address.</summary>
    public const string Register = "auth.register";

    /// <summary>Password-reset requests per email.</summary>
    public const string PasswordReset = "auth.requestPasswordReset";

    /// <summary>Password-reset requests per IP address (beside the per-email limit).</summary>
    public const string PasswordResetByAddress = "auth.requestPasswordReset.ip";

    /// <summary>Requests whose session token is no session (unknown or revoked), per IP address (checked before any lookup).</summary>
    public const string SessionLookup = "auth.session";

    /// <summary>Wrong TOTP or recovery codes per user when confirming or disabling two-factor (guards the 6 digits).</summary>
    public const string Totp = "auth.totp";

    /// <summary>Verification links sent again, per user.</summary>
    public const string ResendVerification = "auth.resendVerification";

    /// <summary>Email-change links sent, per user (each goes to an address the caller chose).</summary>
    public const string ChangeEmail = "auth.changeEmail";

    /// <summary>Data exports started, per user.</summary>
    public const string ExportData = "user.exportData";

    /// <summary>Posts per user.</summary>
    public const string PostCreate = "post.create";

    /// <summary>Comments per user.</summary>
    public const string PostComment = "post.comment";

    /// <summary>Reactions per user.</summary>
    public const string PostReact = "post.react";

    /// <summary>Follows per user.</summary>
    public const string SocialFollow = "social.follow";

    /// <summary>Reports filed per user.</summary>
    public const string ModerationReport = "moderation.report";

    /// <summary>Upload starts per user.</summary>
    public const string MediaUpload = "media.initiateUpload";

    /// <summary>Every other procedure, per signed-in user.</summary>
    public const string Default = "default";

    /// <summary>Every other procedure, per IP address of callers without a session.</summary>
    public const string Anonymous = "anonymous";
}
