using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Vrss.Grains.Email;
using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.WebFront.Tests.Email;

/// <summary>
/// Emails leave through a real SMTP conversation with a listener on loopback, and their links work; a refused
/// message is retried, and one refused for good stays in the outbox with the server's answer (issue 14, item 6).
/// </summary>
public sealed class EmailDeliveryTests : SmtpProductTests
{
    [Fact]
    public async Task VerificationAndResetEmails_ArriveWithWorkingLinks_AndLeaveTheOutbox()
    {
        await using var cluster = await StartWithSmtpAsync();
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
        Smtp.Refuse = n => n == 1 ? "451 4.3.0 Mailbox busy, try later" : null;
        await using var cluster = await StartWithSmtpAsync(o =>
        {
            o.TimeProvider = clock;
        });
        using var client = Client(cluster);
        var account = await client.RegisterAsync();
        await Smtp.NextRefusalAsync(HangGuard());
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
        Smtp.Refuse = _ => "550 5.1.1 No such user here";
        await using var cluster = await StartWithSmtpAsync(o =>
        {
            o.TimeProvider = clock;
            o.Configuration["Vrss:Email:Smtp:MaxAttempts"] = "2";
        });
        using var client = Client(cluster);
        var account = await client.RegisterAsync();
        var outbox = cluster.ServiceProvider.GetRequiredService<IEmailOutboxRepository>();
        await Smtp.NextRefusalAsync(HangGuard());
        await Poll.UntilAsync(() => outbox.ListForRecipientAsync(account.Email).Result is [{ LastError: not null }], "the first failure to be recorded");

        clock.Advance(TimeSpan.FromSeconds(31));
        await DeliverDueAsync(cluster);
        await Smtp.NextRefusalAsync(HangGuard());
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
}
