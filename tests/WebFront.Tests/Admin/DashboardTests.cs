using System.Net;
using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.WebFront.Tests.Admin;

/// <summary>Orleans' dashboard at /admin/dashboard, for verified owners only (issue 14, item 3).</summary>
public sealed class DashboardTests : ProductTests
{
    private const string Owner = "owner@example.com";

    /// <inheritdoc />
    protected override void ConfigureStorage(TestClusterOptions options) => options.UseMemoryStorage();

    [Fact]
    public async Task OnlyAVerifiedOwner_OpensTheDashboardAndItsApi()
    {
        await using var cluster = await StartAsync(o =>
        {
            o.Configuration["Vrss:Observability:Dashboard"] = "true";
            o.Configuration["Vrss:Auth:OwnerEmails"] = Owner + ", member@example.com";
        });
        using var anonymous = Client(cluster);
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(anonymous, "/admin/dashboard/"));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(anonymous, "/admin/dashboard/ClusterStats"));

        // An allowlisted address signs in only once verified; then it is an owner.
        using var owner = Client(cluster);
        var username = TestAccounts.UniqueUsername("owner");
        (await owner.CallAsync("auth.register", new { username, email = Owner, password = TestAccounts.DefaultPassword })).AssertSuccess();
        var token = await cluster.GetEmailedTokenAsync(Owner, "Verify");
        (await owner.CallAsync("auth.verifyEmail", new { token })).AssertSuccess();
        await owner.LoginAsync(username, TestAccounts.DefaultPassword);

        using var page = await owner.Http.GetAsync(new Uri("/admin/dashboard/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        // Its own policy: inline styles for its bundle, still no foreign scripts and no framing.
        var policy = Assert.Single(page.Headers.GetValues("Content-Security-Policy"));
        Assert.StartsWith("default-src 'self'; style-src 'self' 'unsafe-inline';", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", policy, StringComparison.Ordinal);
        using var stats = await owner.Http.GetAsync(new Uri("/admin/dashboard/ClusterStats", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, stats.StatusCode);
        Assert.Equal("application/json", stats.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AMemberWhoIsNoOwner_IsRefused()
    {
        await using var cluster = await StartAsync(o =>
        {
            o.Configuration["Vrss:Observability:Dashboard"] = "true";
            o.Configuration["Vrss:Auth:OwnerEmails"] = Owner;
        });
        using var member = Client(cluster);
        var username = TestAccounts.UniqueUsername("owner");
        (await member.CallAsync("auth.register", new { username, email = Owner, password = TestAccounts.DefaultPassword })).AssertSuccess();

        // Registered with the owner's address but not verified: no session, so not signed in.
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(member, "/admin/dashboard/"));

        // Without an allowlist, any member signs in, and none is an owner.
        await using var open = await StartAsync(o => o.Configuration["Vrss:Observability:Dashboard"] = "true");
        using var someone = Client(open);
        await someone.RegisterAsync();
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(someone, "/admin/dashboard/"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(someone, "/admin/dashboard/GrainState?grainId=x&grainType=y"));
    }

    [Fact]
    public async Task SwitchedOff_ThereIsNoDashboard()
    {
        await using var cluster = await StartAsync();
        using var client = Client(cluster);

        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(client, "/admin/dashboard/"));
    }

    private static async Task<HttpStatusCode> StatusAsync(RpcClient client, string path)
    {
        using var response = await client.Http.GetAsync(new Uri(path, UriKind.Relative));
        return response.StatusCode;
    }
}
