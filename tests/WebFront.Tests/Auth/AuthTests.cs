using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.WebFront.Tests.Auth;

/// <summary>Every row of API.md's auth table, end to end over HTTP, once per storage provider.</summary>
public abstract class AuthTests : ProductTests
{
    [Fact]
    public async Task Register_ReturnsUserAndTokenAndSetsTheSessionCookie()
    {
        await using var cluster = await StartAsync();
        using var client = Client(cluster);
        var username = TestAccounts.UniqueUsername("Reg");

        var response = await client.CallAsync("auth.register", new { username, email = $"{username}@Example.com", password = TestAccounts.DefaultPassword, displayName = "  Ada L.  " });

        var data = response.AssertSuccess();
        var user = data.GetProperty("user");
        Assert.Equal(username.ToLowerInvariant(), user.GetProperty("username").GetString());
        Assert.Equal("Ada L.", user.GetProperty("displayName").GetString());
        Assert.False(user.GetProperty("emailVerified").GetBoolean());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", user.GetProperty("createdAt").GetString());
        Assert.True(data.GetProperty("requiresVerification").GetBoolean());
        var token = data.GetProperty("sessionToken").GetString()!;
        Assert.Matches("^[A-Za-z0-9_-]{43}$", token);
        var cookie = Assert.Single(response.SetCookies, c => c.StartsWith("vrss_session=", StringComparison.Ordinal));
        Assert.StartsWith($"vrss_session={token};", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("max-age=604800", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);

        // The cookie works for a browser-like client, the token as a bearer for any other.
        (await client.CallAsync("auth.getSession")).AssertSuccess();
        using var other = new RpcClient(client.BaseAddress, useCookies: false) { BearerToken = token };
        var session = (await other.CallAsync("auth.getSession")).AssertSuccess();
        Assert.Equal(user.GetProperty("id").GetString(), session.GetProperty("user").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Register_UsernameIsUniqueIgnoringCase_AndEmailIsUnique()
    {
        await using var cluster = await StartAsync();
        using var client = Client(cluster);
        var username = TestAccounts.UniqueUsername("dup");
        await client.RegisterAsync(username, email: $"{username}@example.com");

        (await client.CallAsync("auth.register", new { username = username.ToUpperInvariant(), email = $"other-{username}@example.com", password = TestAccounts.DefaultPassword }))
            .AssertError(400, 1401);
        var response = await client.CallAsync("auth.register", new { username = TestAccounts.UniqueUsername(), email = $"{username.ToUpperInvariant()}@EXAMPLE.com", password = TestAccounts.DefaultPassword });
        response.AssertError(400, 1402);
        Assert.Equal("email", response.ErrorField);
    }

    [Fact]
    public async Task Register_SameUsernameConcurrently_ExactlyOneWins()
    {
        await using var cluster = await StartAsync();
        var username = TestAccounts.UniqueUsername("race");
        var clients = Enumerable.Range(0, 5).Select(_ => Client(cluster)).ToList();

        var responses = await Task.WhenAll(clients.Select((c, i) =>
            c.CallAsync("auth.register", new { username, email = $"race{i}-{username}@example.com", password = TestAccounts.DefaultPassword })));

        Assert.Single(responses, r => r.Success);
        Assert.All(responses.Where(r => !r.Success), r => r.AssertError(400, 1401));
        clients.ForEach(c => c.Dispose());
    }

    [Fact]
    public async Task Register_InvalidFields_GetTheirCodesAndNameTheField()
    {
        await using var cluster = await StartAsync();
        using var client = Client(cluster);
        var ok = TestAccounts.DefaultPassword;
        var cases = new (object Input, int Code, string Field)[]
        {
            (new { username = "ab", email = "a@example.com", password = ok }, 1201, "username"),
            (new { username = new string('a', 31), email = "a@example.com", password = ok }, 1201, "username"),
            (new { username = "bad-name!", email = "a@example.com", password = ok }, 1203, "username"),
            (new { email = "a@example.com", password = ok }, 1202, "username"),
            (new { username = "valid_name", password = ok }, 1202, "email"),
            (new { username = "valid_name", email = "not-an-email", password = ok }, 1203, "email"),
            (new { username = "valid_name", email = "a@b@example.com", password = ok }, 1203, "email"),
            (new { username = "valid_name", email = "a@example.com" }, 1202, "password"),
            (new { username = "valid_name", email = "a@example.com", password = "Sh0rt!" }, 1201, "password"),
            (new { username = "valid_name", email = "a@example.com", password = new string('a', 129) + "A1!" }, 1201, "password"),
            (new { username = "valid_name", email = "a@example.com", password = "onlylowercaseand1" }, 1201, "password"),
            (new { username = "valid_name", email = "a@example.com", password = ok, displayName = new string('x', 51) }, 1201, "displayName"),
            (new { username = "valid_name", email = "a@example.com", password = ok, displayName = "   " }, 1201, "displayName"),
        };

        foreach (var (input, code, field) in cases)
        {
            var response = await client.CallAsync("auth.register", input);
            response.AssertError(400, code);
            Assert.Equal(field, response.ErrorField);
        }
    }

    [Fact]
    public async Task Register_WithOwnerAllowlist_AdmitsOnlyOwners()
    {
        await using var cluster = await StartAsync(o => o.Configuration["Vrss:Auth:OwnerEmails"] = "someone@example.org, Owner@Example.com");
        using var client = Client(cluster);

        (await client.CallAsync("auth.register", new { username = TestAccounts.UniqueUsername(), email = "stranger@example.com", password = TestAccounts.DefaultPassword }))
            .AssertError(403, 1100);
        (await client.CallAsync("auth.register", new { username = TestAccounts.UniqueUsername(), email = "owner@example.COM", password = TestAccounts.DefaultPassword }))
            .AssertSuccess();
    }

    [Fact]
    public async Task Login_ByUsernameOrEmail_GivesANewTokenEveryTime()
    {
        await using var cluster = await StartAsync();
        using var client = Client(cluster);
        var account = await client.RegisterAsync();

        var byName = (await client.CallAsync("auth.login", new { login = account.Username.ToUpperInvariant(), password = account.Password })).AssertSuccess();
        var byEmail = (await client.CallAsync("auth.login", new { login = account.Email, password = account.Password })).AssertSuccess();

        Assert.Equal(account.Id, byName.GetProperty("user").GetProperty("id").GetString());
        Assert.Equal(account.Id, byEmail.GetProperty("user").GetProperty("id").GetString());
        var tokens = new[] { account.Token, byName.GetProperty("sessionToken").GetString(), byEmail.GetProperty("sessionToken").GetString() };
        Assert.Equal(3, tokens.Distinct().Count());
    }

    [Fact]
    public async Task Login_UnknownUserAndWrongPassword_AnswerTheSame()
    {
        await using var cluster = await StartAsync();
        using var client = Client(cluster);
        var account = await client.RegisterAsync();

        var wrong = await client.CallAsync("auth.login", new { login = account.Username, password = "Wrong-Password-1" });
        var unknown = await client.CallAsync("auth.login", new { login = TestAccounts.UniqueUsername("nobody"), password = "Wrong-Password-1" });
        var unknownEmail = await client.CallAsync("auth.login", new { login = "nobody@example.com", password = "Wrong-Password-1" });

        foreach (var response in new[] { wrong, unknown, unknownEmail })
        {
            response.AssertError(401, 1001);
            Assert.Empty(response.SetCookies);
        }

        Assert.Equal(wrong.Root!.Value.GetProperty("error").GetRawText(), unknown.Root!.Value.GetProperty("error").GetRawText());
        Assert.Equal(wrong.Root!.Value.GetProperty("error").GetRawText(), unknownEmail.Root!.Value.GetProperty("error").GetRawText());
    }

    [Fact]
    public async Task Logout_RefusesTheTokenAtOnce_AndDropsTheCookie()
    {
        await using var cluster = await StartAsync();
        using var browser = Client(cluster);
        var account = await browser.RegisterAsync();
        using var script = new RpcClient(browser.BaseAddress, useCookies: false);
        script.BearerToken = await script.LoginAsync(account.Username, account.Password);

        var logout = await browser.CallAsync("auth.logout");

        Assert.Equal("{}", logout.AssertSuccess().GetRawText());
        Assert.Contains(logout.SetCookies, c => c.StartsWith("vrss_session=;", StringComparison.Ordinal) && c.Contains("max-age=0", StringComparison.OrdinalIgnoreCase));
        using var replay = new RpcClient(browser.BaseAddress, useCookies: false) { BearerToken = account.Token };
        (await replay.CallAsync("auth.getSession")).AssertError(401, 1000);
        (await replay.CallAsync("auth.logout")).AssertError(401, 1000);
        (await script.CallAsync("auth.getSession")).AssertSuccess();
    }

    [Fact]
    public async Task GetSession_WithoutAValidSession_Is401()
    {
        await using var cluster = await StartAsync();
        using var anonymous = Client(cluster);
        (await anonymous.CallAsync("auth.getSession")).AssertError(401, 1000);
        anonymous.BearerToken = "not-a-token";
        (await anonymous.CallAsync("auth.getSession")).AssertError(401, 1000);
        anonymous.BearerToken = new string('A', 43);
        (await anonymous.CallAsync("auth.getSession")).AssertError(401, 1000);
    }

    [Fact]
    public async Task Session_SlidesWhenOlderThanADay_AndExpiresAfterSevenIdleDays()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var cluster = await StartAsync(o => o.TimeProvider = clock);
        using var browser = Client(cluster);
        var account = await browser.RegisterAsync();
        var first = (await browser.CallAsync("auth.getSession")).AssertSuccess();
        var createdExpiry = first.GetProperty("session").GetProperty("expiresAt").GetDateTimeOffset();

        clock.Advance(TimeSpan.FromHours(23));
        var notYet = await browser.CallAsync("auth.getSession");
        Assert.Equal(createdExpiry, notYet.AssertSuccess().GetProperty("session").GetProperty("expiresAt").GetDateTimeOffset());
        Assert.Empty(notYet.SetCookies);

        clock.Advance(TimeSpan.FromHours(2));
        var renewed = await browser.CallAsync("auth.getSession");
        var renewedExpiry = renewed.AssertSuccess().GetProperty("session").GetProperty("expiresAt").GetDateTimeOffset();
        Assert.Equal(createdExpiry + TimeSpan.FromHours(25), renewedExpiry);
        Assert.Contains(renewed.SetCookies, c => c.StartsWith($"vrss_session={account.Token};", StringComparison.Ordinal));

        clock.Advance(TimeSpan.FromDays(6));
        (await browser.CallAsync("auth.getSession")).AssertSuccess();

        clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        (await browser.CallAsync("auth.getSession")).AssertError(401, 1002);
        // A public procedure still works for the caller, as an anonymous one.
        (await browser.CallAsync("auth.login", new { login = account.Username, password = account.Password })).AssertSuccess();
    }

    [Fact]
    public async Task ChangePassword_RevokesOtherSessions_AndKeepsTheCurrentOne()
    {
        await using var cluster = await StartAsync();
        using var current = Client(cluster);
        var account = await current.RegisterAsync();
        using var phone = new RpcClient(current.BaseAddress, useCookies: false);
        phone.BearerToken = await phone.LoginAsync(account.Username, account.Password);
        using var laptop = new RpcClient(current.BaseAddress, useCookies: false);
        laptop.BearerToken = await laptop.LoginAsync(account.Email, account.Password);
        const string newPassword = "Brand-New-Secret-7";

        (await current.CallAsync("auth.changePassword", new { currentPassword = account.Password, newPassword })).AssertSuccess();

        (await phone.CallAsync("auth.getSession")).AssertError(401, 1000);
        (await laptop.CallAsync("auth.getSession")).AssertError(401, 1000);
        (await current.CallAsync("auth.getSession")).AssertSuccess();
        (await current.CallAsync("auth.login", new { login = account.Username, password = account.Password })).AssertError(401, 1001);
        (await current.CallAsync("auth.login", new { login = account.Username, password = newPassword })).AssertSuccess();
    }

    [Fact]
    public async Task ChangePassword_WrongCurrentOrWeakNew_IsRefused()
    {
        await using var cluster = await StartAsync();
        using var client = Client(cluster);
        var account = await client.RegisterAsync();

        (await client.CallAsync("auth.changePassword", new { currentPassword = "Not-The-Password-1", newPassword = "Brand-New-Secret-7" })).AssertError(401, 1001);
        var weak = await client.CallAsync("auth.changePassword", new { currentPassword = account.Password, newPassword = "weak" });
        weak.AssertError(400, 1201);
        Assert.Equal("newPassword", weak.ErrorField);
        (await client.CallAsync("auth.changePassword", new { newPassword = "Brand-New-Secret-7" })).AssertError(400, 1202);
        (await client.CallAsync("auth.login", new { login = account.Username, password = account.Password })).AssertSuccess();
    }

    [Fact]
    public async Task RequestPasswordReset_AnswersTheSameForUnknownEmails_AndEmailsOnlyAccounts()
    {
        await using var cluster = await StartAsync();
        using var client = Client(cluster);
        var account = await client.RegisterAsync();
        var unknown = $"{TestAccounts.UniqueUsername("ghost")}@example.com";

        var known = await client.CallAsync("auth.requestPasswordReset", new { email = account.Email.ToUpperInvariant() });
        var missing = await client.CallAsync("auth.requestPasswordReset", new { email = unknown });

        Assert.Equal("{}", known.AssertSuccess().GetRawText());
        Assert.Equal("{}", missing.AssertSuccess().GetRawText());
        Assert.Single(await cluster.GetEmailsAsync(account.Email), m => m.Subject.Contains("Reset", StringComparison.Ordinal));
        Assert.Empty(await cluster.GetEmailsAsync(unknown));
        (await client.CallAsync("auth.requestPasswordReset", new { email = "nonsense" })).AssertError(400, 1203);
    }

    [Fact]
    public async Task ResetPassword_TokenWorksOnce_AndRevokesEverySession()
    {
        await using var cluster = await StartAsync();
        using var client = Client(cluster);
        var account = await client.RegisterAsync();
        using var other = new RpcClient(client.BaseAddress, useCookies: false);
        other.BearerToken = await other.LoginAsync(account.Username, account.Password);
        (await client.CallAsync("auth.requestPasswordReset", new { email = account.Email })).AssertSuccess();
        var token = await cluster.GetEmailedTokenAsync(account.Email, "Reset");
        const string newPassword = "Reset-Password-99";

        (await client.CallAsync("auth.resetPassword", new { token, newPassword = "weak" })).AssertError(400, 1201);
        (await client.CallAsync("auth.resetPassword", new { token, newPassword })).AssertSuccess();
        (await client.CallAsync("auth.resetPassword", new { token, newPassword = "Another-Password-1" })).AssertError(401, 1003);

        (await client.CallAsync("auth.getSession")).AssertError(401, 1000);
        (await other.CallAsync("auth.getSession")).AssertError(401, 1000);
        (await client.CallAsync("auth.login", new { login = account.Username, password = account.Password })).AssertError(401, 1001);
        (await client.CallAsync("auth.login", new { login = account.Username, password = newPassword })).AssertSuccess();
        (await client.CallAsync("auth.resetPassword", new { token = "garbage", newPassword })).AssertError(401, 1003);
        var verification = await cluster.GetEmailedTokenAsync(account.Email, "Verify");
        (await client.CallAsync("auth.resetPassword", new { token = verification, newPassword })).AssertError(401, 1003);
    }

    [Fact]
    public async Task EmailedTokens_Expire()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var cluster = await StartAsync(o => o.TimeProvider = clock);
        using var client = Client(cluster);
        var account = await client.RegisterAsync();
        (await client.CallAsync("auth.requestPasswordReset", new { email = account.Email })).AssertSuccess();
        var reset = await cluster.GetEmailedTokenAsync(account.Email, "Reset");
        var verification = await cluster.GetEmailedTokenAsync(account.Email, "Verify");

        clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        (await client.CallAsync("auth.resetPassword", new { token = reset, newPassword = "Reset-Password-99" })).AssertError(401, 1003);
        clock.Advance(TimeSpan.FromDays(2));
        (await client.CallAsync("auth.verifyEmail", new { token = verification })).AssertError(401, 1003);
    }

    [Fact]
    public async Task VerifyEmail_MarksTheAddressVerified_Once()
    {
        await using var cluster = await StartAsync();
        using var client = Client(cluster);
        var account = await client.RegisterAsync();
        var token = await cluster.GetEmailedTokenAsync(account.Email, "Verify");

        using var anonymous = Client(cluster);
        var verified = (await anonymous.CallAsync("auth.verifyEmail", new { token })).AssertSuccess();

        Assert.True(verified.GetProperty("user").GetProperty("emailVerified").GetBoolean());
        Assert.True((await client.CallAsync("auth.getSession")).AssertSuccess().GetProperty("user").GetProperty("emailVerified").GetBoolean());
        (await anonymous.CallAsync("auth.verifyEmail", new { token })).AssertError(401, 1003);
        (await anonymous.CallAsync("auth.verifyEmail", new { token = "x" })).AssertError(401, 1003);
        (await anonymous.CallAsync("auth.verifyEmail", new { })).AssertError(400, 1202);
    }

    [Fact]
    public async Task Totp_EnableConfirmLoginDisable_WithSingleUseCodes()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var cluster = await StartAsync(o => o.TimeProvider = clock);
        using var client = Client(cluster);
        var account = await client.RegisterAsync();

        var setup = (await client.CallAsync("auth.enableTotp", new { password = account.Password })).AssertSuccess();
        var secret = setup.GetProperty("secret").GetString()!;
        Assert.Matches("^[A-Z2-7]{32}$", secret);
        Assert.StartsWith("otpauth://totp/", setup.GetProperty("otpauthUri").GetString(), StringComparison.Ordinal);
        Assert.Contains($"secret={secret}", setup.GetProperty("otpauthUri").GetString(), StringComparison.Ordinal);
        var wrong = TotpCodes.At(secret, clock.GetUtcNow()) == "000000" ? "111111" : "000000";
        (await client.CallAsync("auth.confirmTotp", new { code = wrong })).AssertError(401, 1003);
        (await client.CallAsync("auth.confirmTotp", new { code = "12ab" })).AssertError(400, 1203);
        var confirmCode = TotpCodes.At(secret, clock.GetUtcNow());
        (await client.CallAsync("auth.confirmTotp", new { code = confirmCode })).AssertSuccess();
        Assert.True((await client.CallAsync("auth.getSession")).AssertSuccess().GetProperty("user").GetProperty("totpEnabled").GetBoolean());

        var required = await client.CallAsync("auth.login", new { login = account.Username, password = account.Password });
        required.AssertError(401, 1003);
        Assert.Equal("totp required", required.ErrorMessage);
        (await client.CallAsync("auth.login", new { login = account.Username, password = "Wrong-Password-1", totpCode = confirmCode })).AssertError(401, 1001);
        (await client.CallAsync("auth.login", new { login = account.Username, password = account.Password, totpCode = confirmCode })).AssertError(401, 1003);

        clock.Advance(TimeSpan.FromSeconds(30));
        var loginCode = TotpCodes.At(secret, clock.GetUtcNow());
        (await client.CallAsync("auth.login", new { login = account.Username, password = account.Password, totpCode = loginCode })).AssertSuccess();
        (await client.CallAsync("auth.login", new { login = account.Username, password = account.Password, totpCode = loginCode })).AssertError(401, 1003);

        // A code from the previous step is still accepted (clock drift), once; two steps back is not.
        clock.Advance(TimeSpan.FromSeconds(90));
        (await client.CallAsync("auth.login", new { login = account.Username, password = account.Password, totpCode = TotpCodes.At(secret, clock.GetUtcNow() - TimeSpan.FromSeconds(60)) })).AssertError(401, 1003);
        (await client.CallAsync("auth.login", new { login = account.Username, password = account.Password, totpCode = TotpCodes.At(secret, clock.GetUtcNow() - TimeSpan.FromSeconds(30)) })).AssertSuccess();

        clock.Advance(TimeSpan.FromSeconds(30));
        (await client.CallAsync("auth.disableTotp", new { password = account.Password, code = TotpCodes.At(secret, clock.GetUtcNow()) })).AssertSuccess();
        (await client.CallAsync("auth.login", new { login = account.Username, password = account.Password })).AssertSuccess();
        (await client.CallAsync("auth.disableTotp", new { password = account.Password, code = "123456" })).AssertError(400, 1400);
    }

    [Fact]
    public async Task ProceduresThatNeedASession_Answer401WithoutOne()
    {
        await using var cluster = await StartAsync();
        using var anonymous = Client(cluster);
        foreach (var procedure in new[] { "auth.logout", "auth.getSession", "auth.changePassword", "auth.enableTotp", "auth.confirmTotp", "auth.disableTotp", "auth.regenerateRecoveryCodes" })
        {
            (await anonymous.CallAsync(procedure, new { code = "123456", password = "x", currentPassword = "x", newPassword = "y" })).AssertError(401, 1000);
        }
    }
}
