using Vrss.Testing.EndToEnd;

namespace Vrss.WebFront.Tests.Email;

/// <summary>
/// The account lifecycle's emails over a real SMTP conversation with a listener on loopback: an email change sends a
/// working link to the new address and a notice (no link) to the old one; a verification link sent again works.
/// </summary>
public sealed class AccountEmailDeliveryTests : SmtpProductTests
{
    [Fact]
    public async Task ChangeEmail_MailsALinkToTheNewAddressAndANoticeToTheOld_AndResendVerificationMailsAWorkingLink()
    {
        await using var cluster = await StartWithSmtpAsync();
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
}
