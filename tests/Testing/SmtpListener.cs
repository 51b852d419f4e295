using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Channels;

namespace Vrss.Testing;

/// <summary>
/// A real SMTP server on a loopback port (RFC 5321's minimum: EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT),
/// for tests of mail delivery: the product's SMTP client talks to it over TCP exactly as to a mail server. No
/// PyPI here, so no aiosmtpd; this is the in-process listener the tests start. Accepted messages are read with
/// <see cref="ReceiveAsync"/>; <see cref="Refuse"/> makes it answer DATA with an error instead.
/// </summary>
public sealed class SmtpListener : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Channel<ReceivedEmail> _received = Channel.CreateUnbounded<ReceivedEmail>();
    private readonly Channel<string> _refused = Channel.CreateUnbounded<string>();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private int _transactions;

    private SmtpListener()
    {
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _accepting = AcceptAsync();
    }

    /// <summary>The port it listens on (127.0.0.1).</summary>
    public int Port { get; }

    /// <summary>
    /// Given the 1-based number of a DATA transaction, the reply that refuses it (<c>451 4.3.0 Try later</c>), or
    /// null to accept it.
    /// </summary>
    public Func<int, string?> Refuse { get; set; } = _ => null;

    /// <summary>Starts a listener.</summary>
    public static SmtpListener Start() => new();

    /// <summary>The next accepted message.</summary>
    public ValueTask<ReceivedEmail> ReceiveAsync(CancellationToken cancellationToken = default) => _received.Reader.ReadAsync(cancellationToken);

    /// <summary>The next refusal sent (the reply line).</summary>
    public ValueTask<string> NextRefusalAsync(CancellationToken cancellationToken = default) => _refused.Reader.ReadAsync(cancellationToken);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // Stopping is how the accept loop ends.
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.UTF8);
            await using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 localhost VRSS test SMTP");
            string? from = null;
            var to = new List<string>();
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                var verb = line.Length >= 4 ? line[..4].ToUpperInvariant() : line.ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                        await writer.WriteLineAsync("250-localhost");
                        await writer.WriteLineAsync("250 HELP");
                        break;
                    case "HELO":
                        await writer.WriteLineAsync("250 localhost");
                        break;
                    case "MAIL":
                        from = Address(line);
                        to.Clear();
                        await writer.WriteLineAsync("250 2.1.0 OK");
                        break;
                    case "RCPT":
                        to.Add(Address(line));
                        await writer.WriteLineAsync("250 2.1.5 OK");
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                        var data = await ReadDataAsync(reader);
                        var refusal = Refuse(Interlocked.Increment(ref _transactions));
                        if (refusal is null)
                        {
                            _received.Writer.TryWrite(new ReceivedEmail(from ?? "", [.. to], data));
                            await writer.WriteLineAsync("250 2.0.0 Queued");
                        }
                        else
                        {
                            _refused.Writer.TryWrite(refusal);
                            await writer.WriteLineAsync(refusal);
                        }

                        from = null;
                        to.Clear();
                        break;
                    case "RSET":
                        from = null;
                        to.Clear();
                        await writer.WriteLineAsync("250 2.0.0 OK");
                        break;
                    case "NOOP":
                        await writer.WriteLineAsync("250 2.0.0 OK");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 2.0.0 Bye");
                        return;
                    default:
                        await writer.WriteLineAsync("502 5.5.2 Command not implemented");
                        break;
                }
            }
        }
    }

    private async Task<string> ReadDataAsync(StreamReader reader)
    {
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(_stop.Token) is { } line && line != ".")
        {
            // RFC 5321 4.5.2: a line the client started with a dot was given a second one.
            data.Append(line.StartsWith("..", StringComparison.Ordinal) ? line[1..] : line).Append("\r\n");
        }

        return data.ToString();
    }

    private static string Address(string line)
    {
        var start = line.IndexOf('<', StringComparison.Ordinal);
        var end = line.IndexOf('>', StringComparison.Ordinal);
        return start >= 0 && end > start ? line[(start + 1)..end] : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }
}
