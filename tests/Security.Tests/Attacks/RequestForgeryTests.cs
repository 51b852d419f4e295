using System.Text;
using Vrss.GrainInterfaces.Sessions;
using Vrss.Testing.EndToEnd;

namespace Vrss.Security.Tests.Attacks;

/// <summary>Attacks tried beyond the review's list: forged requests, fixed sessions, smuggled fields.</summary>
public sealed class RequestForgeryTests : MemoryProductTests
{
    [Fact]
    public async Task ASessionFixedBeforeSignIn_IsNeverAdopted()
    {
        await using var cluster = await StartAsync();
        using var victim = Client(cluster);
        var account = await victim.RegisterAsync();
        using var fixedClient = Client(cluster);
        var planted = SecretToken.Create();
        fixedClient.Cookies.Add(cluster.Silos[0].HttpAddress, new System.Net.Cookie("vrss_session", planted));

        var token = await fixedClient.LoginAsync(account.Username, account.Password);

        Assert.NotEqual(planted, token);
        Assert.Equal(token, fixedClient.SessionCookie);
        using var attacker = new RpcClient(cluster.Silos[0].HttpAddress, useCookies: false) { BearerToken = planted };
        (await attacker.CallAsync("auth.getSession")).AssertError(401, 1000);
    }

    [Fact]
    public async Task ACrossSiteFormPost_IsRefused_AndDoesNothing()
    {
        await using var cluster = await StartAsync();
        using var member = Client(cluster);
        var account = await member.RegisterAsync();

        // What an HTML form on another site can send without a preflight: text/plain or urlencoded, with cookies.
        foreach (var type in new[] { "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x" })
        {
            var body = """{"procedure":"post.create","input":{"type":"text_short","content":"forged","visibility":"public"}}""";
            var content = new StringContent(body, Encoding.UTF8);
            content.Headers.Remove("Content-Type");
            content.Headers.TryAddWithoutValidation("Content-Type", type);
            (await member.PostAsync(content)).AssertError(400, 1203);
        }

        var posts = (await member.CallAsync("post.getByUser", new { username = account.Username })).AssertSuccess();
        Assert.Empty(posts.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task AnotherOrigin_GetsNoCorsGrant()
    {
        await using var cluster = await StartAsync(o => o.Configuration["Vrss:WebFront:CorsOrigins"] = "https://app.example.com");
        using var client = Client(cluster);

        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/rpc");
        preflight.Headers.Add("Origin", "https://evil.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type");
        using var answer = await client.Http.SendAsync(preflight);
        Assert.False(answer.Headers.Contains("Access-Control-Allow-Origin"));

        using var allowed = new HttpRequestMessage(HttpMethod.Options, "/api/rpc");
        allowed.Headers.Add("Origin", "https://app.example.com");
        allowed.Headers.Add("Access-Control-Request-Method", "POST");
        allowed.Headers.Add("Access-Control-Request-Headers", "content-type");
        using var granted = await client.Http.SendAsync(allowed);
        Assert.Equal("https://app.example.com", Assert.Single(granted.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Fact]
    public async Task FieldsNobodyMaySet_AreIgnored_NotApplied()
    {
        await using var cluster = await StartAsync();
        using var member = Client(cluster);
        var account = await member.RegisterAsync();

        var profile = (await member.CallAsync("user.updateProfile", new
        {
            displayName = "Still Me",
            id = "someone-else",
            username = "admin",
            email = "admin@example.com",
            emailVerified = true,
            role = "admin",
            followersCount = 1_000_000,
        })).AssertSuccess().GetProperty("profile");

        Assert.Equal(account.Id, profile.GetProperty("id").GetString());
        Assert.Equal(account.Username, profile.GetProperty("username").GetString());
        Assert.Equal(0, profile.GetProperty("followersCount").GetInt32());
        var session = (await member.CallAsync("auth.getSession")).AssertSuccess().GetProperty("user");
        Assert.Equal(account.Email, session.GetProperty("email").GetString());
        Assert.False(session.GetProperty("emailVerified").GetBoolean());
    }
}
