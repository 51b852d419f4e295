using MimeKit;

namespace Vrss.Grains.Email;

/// <summary>
/// The SMTP relay, bound from <c>Vrss:Email:Smtp</c>. Without a host, emails stay in the outbox (a development
/// install reads them there). The password, like every secret, comes from the environment
/// (<c>Vrss__Email__Smtp__Password</c>).
/// </summary>
public sealed class SmtpOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Vrss:Email:Smtp";

    /// <summary>The SMTP server; empty leaves delivery to someone else.</summary>
    public string Host { get; set; } = "";

    /// <summary>The server's port.</summary>
    public int Port { get; set; } = 587;

    /// <summary>How the connection is secured.</summary>
    public SmtpSecurity Security { get; set; } = SmtpSecurity.Auto;

    /// <summary>The account to authenticate as; empty sends without authentication.</summary>
    public string User { get; set; } = "";

    /// <summary>The account's password.</summary>
    public string Password { get; set; } = "";

    /// <summary>The sender (<c>VRSS &lt;no-reply@example.org&gt;</c>).</summary>
    public string From { get; set; } = "VRSS <no-reply@localhost>";

    /// <summary>Attempts before a message is given up and left for operators.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failure; it doubles with every further one, up to an hour.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the relay looks for due messages besides being woken by new ones.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether a relay runs.</summary>
    public bool Enabled => Host.Length > 0;

    /// <summary>Whether the settings can work (checked at start-up).</summary>
    public bool IsValid() =>
        !Enabled || (Port is > 0 and < 65536 && MaxAttempts > 0 && FirstRetryDelay > TimeSpan.Zero && PollInterval > TimeSpan.Zero
            && MailboxAddress.TryParse(From, out _));
}
