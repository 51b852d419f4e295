using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Vrss.Grains.Email;

/// <summary>
/// <see cref="IEmailTransport"/> over SMTP with MailKit: one connection per batch. A refusal of one message (a bad
/// recipient) is that message's failure; a failure to connect or authenticate fails the whole batch.
/// </summary>
public sealed class SmtpEmailTransport(IOptions<SmtpOptions> options) : IEmailTransport
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<string?>> SendAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var o = options.Value;
        using var client = new SmtpClient();
        await client.ConnectAsync(o.Host, o.Port, Secure(o.Security), cancellationToken).ConfigureAwait(false);
        if (o.User.Length > 0)
        {
            await client.AuthenticateAsync(o.User, o.Password, cancellationToken).ConfigureAwait(false);
        }

        var results = new List<string?>(messages.Count);
        foreach (var message in messages)
        {
            try
            {
                await client.SendAsync(Mime(o, message), cancellationToken).ConfigureAwait(false);
                results.Add(null);
            }
            catch (SmtpCommandException refused)
            {
                // The server's own words (status and text) say why; they never contain the message.
                results.Add($"{(int)refused.StatusCode} {refused.Message}");
            }
        }

        await client.DisconnectAsync(quit: true, cancellationToken).ConfigureAwait(false);
        return results;
    }

    private static MimeMessage Mime(SmtpOptions options, OutboxMessage message)
    {
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(options.From));
        mime.To.Add(MailboxAddress.Parse(message.Recipient));
        mime.Subject = message.Subject;
        mime.MessageId = $"{message.Id}@vrss";
        mime.Body = new TextPart("plain") { Text = message.Body };
        return mime;
    }

    private static SecureSocketOptions Secure(SmtpSecurity security) => security switch
    {
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        SmtpSecurity.None => SecureSocketOptions.None,
        _ => SecureSocketOptions.Auto,
    };
}
