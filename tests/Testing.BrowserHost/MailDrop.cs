using System.Text;
using System.Text.Json;
using MimeKit;

namespace Vrss.Testing.BrowserHost;

/// <summary>
/// Receives what the silo sends to the SMTP listener and appends each message to a file as one JSON object
/// (<c>{"to":[...],"subject":"...","text":"..."}</c>, decoded from its transfer encoding), so a browser test can open
/// an emailed link exactly as a member would, without any way into the product that members do not have.
/// </summary>
public sealed class MailDrop : IAsyncDisposable
{
    private readonly SmtpListener _smtp;
    private readonly string _file;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _draining;

    private MailDrop(SmtpListener smtp, string file)
    {
        _smtp = smtp;
        _file = file;
        _draining = DrainAsync();
    }

    /// <summary>The port the SMTP listener takes mail on (127.0.0.1).</summary>
    public int Port => _smtp.Port;

    /// <summary>Starts a listener whose messages go to <paramref name="file"/> (emptied first).</summary>
    public static MailDrop Start(string file)
    {
        File.WriteAllText(file, "");
        return new MailDrop(SmtpListener.Start(), file);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _draining;
        }
        catch (OperationCanceledException)
        {
            // Stopping is how the loop ends.
        }

        await _smtp.DisposeAsync();
        _stop.Dispose();
    }

    private async Task DrainAsync()
    {
        while (true)
        {
            var received = await _smtp.ReceiveAsync(_stop.Token);
            using var raw = new MemoryStream(Encoding.UTF8.GetBytes(received.Data));
            using var message = await MimeMessage.LoadAsync(raw, _stop.Token);
            var line = JsonSerializer.Serialize(new { to = received.To, subject = message.Subject, text = message.TextBody ?? "" });

            // One write per line: the reader (a test polling the file) never sees half a message as a whole line.
            await File.AppendAllTextAsync(_file, line + "\n", _stop.Token);
        }
    }
}
