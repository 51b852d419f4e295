using Vrss.GrainInterfaces.Moderation;
using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.Ctl.Tests;

/// <summary>Making an admin for a test: a member promoted through the standing grain, as the owner promotion does.</summary>
internal static class Admins
{
    public static void Configure(TestClusterOptions options)
    {
        // Open registration: the admin is appointed, and members register beside it.
    }

    /// <summary>Registers a member and makes it an admin; answers the username and a session token.</summary>
    public static async Task<(string Username, string Token)> CreateAsync(TestCluster cluster, RpcClient client)
    {
        var account = await client.RegisterAsync(TestAccounts.UniqueUsername("ops"));
        await cluster.GrainFactory.GetGrain<IAccountStandingGrain>(account.Id).SetRoleAsync(AccountRole.Admin, new StaffReason(account.Id, "test set-up"));
        return (account.Username, account.Token);
    }
}
