namespace Vrss.Grains.Users;

/// <summary>Account and session settings, bound from <c>Vrss:Auth</c>.</summary>
public sealed class AccountOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Vrss:Auth";

    /// <summary>The lowest PBKDF2 iteration count accepted (OWASP's figure for PBKDF2-HMAC-SHA512).</summary>
    public const int MinimumPasswordHashIterations = 210_000;

    /// <summary>Comma-separated emails; when set, only these may register.</summary>
    public string OwnerEmails { get; set; } = "";

    /// <summary>
    /// Comma-separated emails whose accounts become admins once verified, like owners', while registration stays open:
    /// how a public instance gets its first admin (owners close registration to everyone else).
    /// </summary>
    public string AdminEmails { get; set; } = "";

    /// <summary>PBKDF2 iterations for new password hashes; never below <see cref="MinimumPasswordHashIterations"/>.</summary>
    public int PasswordHashIterations { get; set; } = MinimumPasswordHashIterations;

    /// <summary>How long a session lives without renewal.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>A request on a session last renewed longer ago than this renews it.</summary>
    public TimeSpan SessionRenewalAge { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// How stale a session's "last used" (<c>auth.listSessions</c>) may be: a session's use is written at most once
    /// per interval, so a busy session costs no database write per request.
    /// </summary>
    public TimeSpan SessionLastUseInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long an expired session is kept (its owner is told "expired" rather than "unknown") before it is swept.</summary>
    public TimeSpan ExpiredSessionRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// How often each silo sweeps what outlived its use: sessions past their retention, outbox messages whose tokens
    /// expired (idempotent, so every silo may do it).
    /// </summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long an email-verification token is valid.</summary>
    public TimeSpan EmailVerificationTokenLifetime { get; set; } = TimeSpan.FromHours(48);

    /// <summary>How long a password-reset token is valid.</summary>
    public TimeSpan PasswordResetTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Where the PWA lives; links in emails point there.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>
    /// Whether an account must have verified its email before it posts, comments, reacts or follows (403 / 1103
    /// otherwise); <see cref="VerifiedEmailGate"/> applies it.
    /// </summary>
    public bool RequireVerifiedEmail { get; set; }

    /// <summary>The issuer shown by authenticator apps.</summary>
    public string TotpIssuer { get; set; } = "VRSS";

    /// <summary>How many 30-second steps either side of now a TOTP code may come from (clock drift).</summary>
    public int TotpAllowedDriftSteps { get; set; } = 1;

    /// <summary>The allowlist as a set of normalised emails; empty when registration is open.</summary>
    public IReadOnlySet<string> OwnerEmailSet() => EmailSet(OwnerEmails);

    /// <summary>The emails whose verified accounts are admins from the start: the owners and <see cref="AdminEmails"/>.</summary>
    public IReadOnlySet<string> FirstAdminEmailSet() => EmailSet(OwnerEmails + "," + AdminEmails);

    private static HashSet<string> EmailSet(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(e => e.ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);
}
