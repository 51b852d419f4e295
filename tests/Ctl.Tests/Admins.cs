using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.Ctl.Tests;

/// <summary>Making the first admin the way an operator does: an owner's address, verified.</summary>
internal static class Admins
{
    public const string Email = "ops@example.com";

    public static void Configure(TestClusterOptions options) => options.Configuration["Vrss:Auth:OwnerEmails"] = Email;

    /// <summary>Registers and verifies the owner; answers the username and a session token.</summary>
    public static async Task<(string Username, string Token)> CreateAsync(TestCluster cluster, RpcClient client)
    {
        var username = TestAccounts.UniqueUsername("ops");
        (await client.CallAsync("auth.register", new { username, email = Email, password = TestAccounts.DefaultPassword })).AssertSuccess();
        var token = await cluster.GetEmailedTokenAsync(Email, "Verify");
        (await client.CallAsync("auth.verifyEmail", new { token })).AssertSuccess();
        return (username, await client.LoginAsync(username, TestAccounts.DefaultPassword));
    }
}
