using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.WebFront.Tests.OpenApi;

/// <summary>
/// A one-silo product on in-memory storage for the contract tools, with every rate limit raised so that what the tools
/// see is the contract, not the limits (429 stays declared and is still accepted when it happens).
/// </summary>
internal static class ContractCluster
{
    private static readonly string[] s_policies =
    [
        "auth.login", "auth.register", "auth.requestPasswordReset", "auth.requestPasswordReset.ip", "auth.session", "auth.totp",
        "post.create", "post.comment", "post.react", "social.follow", "media.initiateUpload", "default", "anonymous",
    ];

    /// <summary>Starts it.</summary>
    public static Task<TestCluster> StartAsync() => TestCluster.StartAsync(o =>
    {
        o.UseVrssProduct().UseMemoryStorage();
        foreach (var policy in s_policies)
        {
            o.Configuration[$"Vrss:RateLimits:{policy}:Limit"] = "1000000";
        }
    });

    /// <summary>The document, as the silo serves it.</summary>
    public static async Task<string> DocumentAsync(TestCluster cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        using var client = new RpcClient(cluster.Silos[0].HttpAddress);
        using var response = await client.Http.GetAsync(new Uri("/api/openapi.json", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }
}
