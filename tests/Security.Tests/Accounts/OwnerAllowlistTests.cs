using Vrss.Testing.EndToEnd;

namespace Vrss.Security.Tests.Accounts;

/// <summary>
/// Finding 6: the owner allowlist names addresses, yet anyone could register with an owner's address and sign in
/// as an owner without ever proving the address was theirs.
/// </summary>
public sealed class OwnerAllowlistTests : MemoryProductTests
{
    [Fact]
    public async Task AnAllowlistedAccount_CannotSignIn_UntilItsEmailIsVerified()
    {
        await using var cluster = await StartAsync(o => o.Configuration["Vrss:Auth:OwnerEmails"] = "owner@example.com");
        using var squatter = Client(cluster);
        var username = TestAccounts.UniqueUsername("owner");

        var registered = await squatter.CallAsync("auth.register", new { username, email = "owner@example.com", password = TestAccounts.DefaultPassword });
        var data = registered.AssertSuccess();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, data.GetProperty("sessionToken").ValueKind);
        Assert.True(data.GetProperty("requiresVerification").GetBoolean());
        Assert.DoesNotContain(registered.SetCookies, c => c.StartsWith("vrss_session=", StringComparison.Ordinal));
        (await squatter.CallAsync("auth.getSession")).AssertError(401, 1000);
        (await squatter.CallAsync("auth.login", new { login = username, password = TestAccounts.DefaultPassword })).AssertError(403, 1100);
        (await squatter.CallAsync("auth.login", new { login = username, password = "Wrong-Password-1" })).AssertError(401, 1001);

        // The owner, who reads owner@example.com, verifies it; from then on the account signs in.
        var token = await cluster.GetEmailedTokenAsync("owner@example.com", "Verify");
        (await squatter.CallAsync("auth.verifyEmail", new { token })).AssertSuccess();
        (await squatter.CallAsync("auth.login", new { login = username, password = TestAccounts.DefaultPassword })).AssertSuccess();
    }

    [Fact]
    public async Task WithoutAnAllowlist_RegistrationStillSignsIn()
    {
        await using var cluster = await StartAsync();
        using var client = Client(cluster);

        var account = await client.RegisterAsync();

        (await client.CallAsync("auth.getSession")).AssertSuccess();
        (await client.CallAsync("auth.login", new { login = account.Username, password = account.Password })).AssertSuccess();
    }
}
