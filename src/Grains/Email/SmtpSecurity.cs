namespace Vrss.Grains.Email;

/// <summary>How the relay secures its SMTP connection.</summary>
public enum SmtpSecurity
{
    /// <summary>STARTTLS when the server offers it, plain otherwise (MailKit's <c>Auto</c> on port 587).</summary>
    Auto,

    /// <summary>STARTTLS, refused if the server does not offer it.</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,

    /// <summary>Plain text: only for a relay on the same host or a test listener.</summary>
    None,
}
