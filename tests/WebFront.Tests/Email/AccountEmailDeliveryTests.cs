using System.Text;
using System.Text.RegularExpressions;
using MimeKit;
using Vrss.Testing;
using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.WebFront.Tests.Email;

/// <summary>
/// The account lifecycle's emails over a real SMTP conversation with a listener on loopback: an email change sends a
/// working link to the new address and a notice (no link) to the old one; a verification link sent again works.
/// </summary>
public sealed partial class AccountEmailDeliveryTests : ProductTests, IAsyncLifetime
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
    public async Task ChangeEmail_MailsALinkToTheNewAddressAndANoticeToTheOld_AndResendVerificationMailsAWorkingLink()
    {
        await using var cluster = await StartAsync(UseSmtp);
        using var client = Client(cluster);
        var account = await client.RegisterAsync();
        var first = await ReceiveAsync();
        Assert.Equal("Verify your email address", first.Subject);

        (await client.CallAsync("auth.resendVerification")).AssertSuccess();
        var again = await ReceiveAsync();
        Assert.Equal((account.Email, "Verify your email address"), (again.To.Mailboxes.Single().Address, again.Subject));
        (await client.CallAsync("auth.verifyEmail", new { token = TokenIn(again, "/verify-email?token=") })).AssertSuccess();

        var newEmail = $"{TestAccounts.UniqueUsername("moved")}@example.net";
        (await client.CallAsync("auth.changeEmail", new { newEmail, password = account.Password })).AssertSuccess();
        var messages = new[] { await ReceiveAsync(), await ReceiveAsync() };
        var link = Assert.Single(messages, m => m.To.Mailboxes.Single().Address == newEmail);
        var notice = Assert.Single(messages, m => m.To.Mailboxes.Single().Address == account.Email);
        Assert.Equal("Confirm your new email address", link.Subject);
        Assert.DoesNotContain("token", notice.TextBody, StringComparison.OrdinalIgnoreCase);

        var user = (await client.CallAsync("auth.confirmEmailChange", new { token = TokenIn(link, "/confirm-email?token=") })).AssertSuccess().GetProperty("user");
        Assert.Equal(newEmail, user.GetProperty("email").GetString());
        await client.LoginAsync(newEmail, account.Password);
    }

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
