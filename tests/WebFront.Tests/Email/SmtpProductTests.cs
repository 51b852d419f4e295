using System.Text;
using System.Text.RegularExpressions;
using MimeKit;
using Vrss.Testing;
using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.WebFront.Tests.Email;

/// <summary>
/// Base of the suites whose emails leave through a real SMTP conversation: a listener on loopback for each test, the
/// product (Memory storage) started with its relay pointed there, and the messages and links that arrive.
/// </summary>
public abstract partial class SmtpProductTests : ProductTests, IAsyncLifetime
{
    /// <summary>The listener of the running test.</summary>
    protected SmtpListener Smtp { get; private set; } = null!;

    /// <inheritdoc />
    protected override void ConfigureStorage(TestClusterOptions options) => options.UseMemoryStorage();

    public Task InitializeAsync()
    {
        Smtp = SmtpListener.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Smtp.DisposeAsync();

    /// <summary>Starts the product sending its emails to <see cref="Smtp"/>.</summary>
    protected Task<TestCluster> StartWithSmtpAsync(Action<TestClusterOptions>? configure = null) =>
        StartAsync(o =>
        {
            o.Configuration["Vrss:Email:Smtp:Host"] = "127.0.0.1";
            o.Configuration["Vrss:Email:Smtp:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            o.Configuration["Vrss:Email:Smtp:Security"] = "None";
            o.Configuration["Vrss:Email:Smtp:From"] = "VRSS <no-reply@vrss.test>";
            configure?.Invoke(o);
        });

    /// <summary>The next message the listener receives.</summary>
    protected async Task<MimeMessage> ReceiveAsync()
    {
        var received = await Smtp.ReceiveAsync(HangGuard());
        return await MimeMessage.LoadAsync(new MemoryStream(Encoding.UTF8.GetBytes(received.Data)));
    }

    /// <summary>Turns a relay that never calls into a failure with a message; not a speed requirement.</summary>
    protected static CancellationToken HangGuard() => new CancellationTokenSource(TimeSpan.FromMinutes(1)).Token;

    /// <summary>The token of the message's link, which must lead to <paramref name="path"/>.</summary>
    protected static string TokenIn(MimeMessage message, string path)
    {
        ArgumentNullException.ThrowIfNull(message);
        var link = LinkWithToken().Match(message.TextBody ?? "");
        Assert.True(link.Success, $"no link in: {message.TextBody}");
        Assert.Contains(path, link.Value, StringComparison.Ordinal);
        return link.Groups[1].Value;
    }

    [GeneratedRegex(@"https?://\S+\?token=([A-Za-z0-9_-]{43})")]
    private static partial Regex LinkWithToken();
}
