using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Vrss.Grains.Email;
using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.Security.Tests.Secrets;

/// <summary>Finding 1: emailed tokens were logged whole at Information and kept in the outbox for good.</summary>
public sealed class SecretsInLogsTests : MemoryProductTests
{
    [Fact]
    public async Task PasswordResetAndVerificationTokens_AreNowhereInTheLogs_AtAnyLevel()
    {
        var logs = new LogCapture();
        await using var cluster = await StartAsync(o => o.CaptureLogs(logs, LogLevel.Trace));
        using var client = Client(cluster);
        var account = await client.RegisterAsync();
        (await client.CallAsync("auth.requestPasswordReset", new { email = account.Email })).AssertSuccess();
        var verification = await cluster.GetEmailedTokenAsync(account.Email, "Verify");
        var reset = await cluster.GetEmailedTokenAsync(account.Email, "Reset");
        (await client.CallAsync("auth.resetPassword", new { token = reset, newPassword = "Another-Password-77" })).AssertSuccess();

        var entries = logs.Entries;
        Assert.Contains(entries, e => e.Message.Contains("Reset your password", StringComparison.Ordinal));
        foreach (var secret in new[] { verification, reset, account.Token, account.Password, "Another-Password-77" })
        {
            Assert.DoesNotContain(entries, e => Mentions(e, secret));
        }

        Assert.DoesNotContain(entries, e => Mentions(e, account.Email));
    }

    [Fact]
    public async Task OutboxMessages_AreSwept_OnceTheirTokensExpired()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var cluster = await StartAsync(o => o.TimeProvider = clock);
        using var client = Client(cluster);
        var account = await client.RegisterAsync();
        (await client.CallAsync("auth.requestPasswordReset", new { email = account.Email })).AssertSuccess();
        var sweeper = cluster.ServiceProvider.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<EmailOutboxSweeper>().Single();

        // The sweeper's own timer runs on the same clock, so either it or the explicit sweep may do the deleting.
        clock.Advance(TimeSpan.FromHours(47));
        await sweeper.SweepAsync();
        Assert.Equal(2, (await cluster.GetEmailsAsync(account.Email)).Count);

        // The verification link lives 48 hours, the longest of any emailed token.
        clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        await sweeper.SweepAsync();
        Assert.Empty(await cluster.GetEmailsAsync(account.Email));
    }

    private static bool Mentions(LogEntry entry, string secret) =>
        entry.Message.Contains(secret, StringComparison.OrdinalIgnoreCase)
        || entry.Scopes.Any(s => s.Contains(secret, StringComparison.OrdinalIgnoreCase))
        || entry.Exception?.ToString().Contains(secret, StringComparison.OrdinalIgnoreCase) == true;
}
