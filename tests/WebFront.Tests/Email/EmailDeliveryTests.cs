using System.Diagnostics.Metrics;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using MimeKit;
using Vrss.Grains.Email;
using Vrss.Testing;
using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.WebFront.Tests.Email;

/// <summary>
/// Emails leave through a real SMTP conversation with a listener on loopback, and their links work; a refused
/// message is retried, and one refused for good stays in the outbox with the server's answer (issue 14, item 6).
/// </summary>
public sealed partial class EmailDeliveryTests : ProductTests, IAsyncLifetime
{
    private SmtpListener _smtp = null!;

    /// <inheritdoc />
    protected override void ConfigureStorage(TestClusterOptions options) => options.UseMemoryStorage();

    public Task InitializeAsync()
    {
        _smtp = SmtpListener.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _smtp.DisposeAsync();

    [Fact]
    public async Task VerificationAndResetEmails_ArriveWithWorkingLinks_AndLeaveTheOutbox()
    {
        await using var cluster = await StartAsync(UseSmtp);
        using var sent = new MetricCollector<long>(cluster.Silos[0].Services.GetRequiredService<IMeterFactory>(), "Vrss", "vrss.emails.sent");
        using var client = Client(cluster);
        var account = await client.RegisterAsync();

        var verification = await ReceiveAsync();
        Assert.Equal("no-reply@vrss.test", verification.From.Mailboxes.Single().Address);
        Assert.Equal(account.Email, verification.To.Mailboxes.Single().Address);
        Assert.Equal("Verify your email address", verification.Subject);
        var verifyToken = TokenIn(verification, "/verify-email?token=");
        Assert.True((await client.CallAsync("auth.verifyEmail", new { token = verifyToken })).AssertSuccess().GetProperty("user").GetProperty("emailVerified").GetBoolean());

        (await client.CallAsync("auth.requestPasswordReset", new { email = account.Email })).AssertSuccess();
        var reset = await ReceiveAsync();
        Assert.Equal("Reset your password", reset.Subject);
        (await client.CallAsync("auth.resetPassword", new { token = TokenIn(reset, "/reset-password?token="), newPassword = "Brand-New-Password-8" })).AssertSuccess();
        await client.LoginAsync(account.Username, "Brand-New-Password-8");

        // Delivered messages are deleted: their bodies held the tokens.
        var outbox = cluster.ServiceProvider.GetRequiredService<IEmailOutboxRepository>();
        await Poll.UntilAsync(() => outbox.ListForRecipientAsync(account.Email).Result.Count == 0, "the delivered emails to leave the outbox");
        await sent.WaitForMeasurementsAsync(2, HangGuard());
        Assert.Equal(2, sent.GetMeasurementSnapshot().Sum(m => m.Value));
    }

    [Fact]
    public async Task ARefusedMessage_IsRetriedAfterItsDelay()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        _smtp.Refuse = n => n == 1 ? "451 4.3.0 Mailbox busy, try later" : null;
        await using var cluster = await StartAsync(o =>
        {
            UseSmtp(o);
            o.TimeProvider = clock;
        });
        using var client = Client(cluster);
        var account = await client.RegisterAsync();
        await _smtp.NextRefusalAsync(HangGuard());
        var outbox = cluster.ServiceProvider.GetRequiredService<IEmailOutboxRepository>();
        await Poll.UntilAsync(() => outbox.ListForRecipientAsync(account.Email).Result is [{ LastError: not null }], "the failure to be recorded");
        var waiting = Assert.Single(await outbox.ListForRecipientAsync(account.Email));
        Assert.Equal(1, waiting.Attempts);
        Assert.StartsWith("451", waiting.LastError, StringComparison.Ordinal);

        clock.Advance(TimeSpan.FromSeconds(31));
        await DeliverDueAsync(cluster);

        var delivered = await ReceiveAsync();
        Assert.Equal(account.Email, delivered.To.Mailboxes.Single().Address);
        await Poll.UntilAsync(() => outbox.ListForRecipientAsync(account.Email).Result.Count == 0, "the delivered email to leave the outbox");
    }

    [Fact]
    public async Task AMessageRefusedForGood_StaysForOperators_WithTheServersAnswer()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        _smtp.Refuse = _ => "550 5.1.1 No such user here";
        await using var cluster = await StartAsync(o =>
        {
            UseSmtp(o);
            o.TimeProvider = clock;
            o.Configuration["Vrss:Email:Smtp:MaxAttempts"] = "2";
        });
        using var client = Client(cluster);
        var account = await client.RegisterAsync();
        var outbox = cluster.ServiceProvider.GetRequiredService<IEmailOutboxRepository>();
        await _smtp.NextRefusalAsync(HangGuard());
        await Poll.UntilAsync(() => outbox.ListForRecipientAsync(account.Email).Result is [{ LastError: not null }], "the first failure to be recorded");

        clock.Advance(TimeSpan.FromSeconds(31));
        await DeliverDueAsync(cluster);
        await _smtp.NextRefusalAsync(HangGuard());
        await Poll.UntilAsync(() => outbox.ListForRecipientAsync(account.Email).Result is [{ Attempts: 2, NextAttemptAt: null }], "the message to be given up");

        var failed = Assert.Single(await outbox.ListForRecipientAsync(account.Email));
        Assert.Equal("550 No such user here", failed.LastError?.Replace("5.1.1 ", "", StringComparison.Ordinal));
        clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, await cluster.Silos[0].Services.GetRequiredService<OutboxRelay>().DeliverDueAsync(CancellationToken.None));
    }

    // The relay's own wait may have started its timer just after the clock moved (it then waits a full poll more),
    // so the due round is also run here; the claim lets only one of the two send.
    private static Task<int> DeliverDueAsync(TestCluster cluster) =>
        cluster.Silos[0].Services.GetRequiredService<OutboxRelay>().DeliverDueAsync(CancellationToken.None);

    private void UseSmtp(TestClusterOptions options)
    {
        options.Configuration["Vrss:Email:Smtp:Host"] = "127.0.0.1";
        options.Configuration["Vrss:Email:Smtp:Port"] = _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        options.Configuration["Vrss:Email:Smtp:Security"] = "None";
        options.Configuration["Vrss:Email:Smtp:From"] = "VRSS <no-reply@vrss.test>";
    }

    private async Task<MimeMessage> ReceiveAsync()
    {
        var received = await _smtp.ReceiveAsync(HangGuard());
        return await MimeMessage.LoadAsync(new MemoryStream(Encoding.UTF8.GetBytes(received.Data)));
    }

    // Turns a relay that never calls into a failure with a message; not a speed requirement.
    private static CancellationToken HangGuard() => new CancellationTokenSource(TimeSpan.FromMinutes(1)).Token;

    private static string TokenIn(MimeMessage message, string path)
    {
        var link = LinkWithToken().Match(message.TextBody ?? "");
        Assert.True(link.Success, $"no link in: {message.TextBody}");
        Assert.Contains(path, link.Value, StringComparison.Ordinal);
        return link.Groups[1].Value;
    }

    [GeneratedRegex(@"https?://\S+\?token=([A-Za-z0-9_-]{43})")]
    private static partial Regex LinkWithToken();
}
