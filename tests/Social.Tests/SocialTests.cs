using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.Social.Tests;

/// <summary>
/// Base of the social end-to-end suites: the product on <see cref="Silos"/> silos, the storage chosen by the
/// derived class, and rate limits raised so tests can post and react freely (the limits have their own tests).
/// </summary>
public abstract class SocialTests : ProductTests
{
    /// <summary>How many silos each cluster of the suite runs.</summary>
    protected virtual int Silos => 1;

    /// <summary>Starts the product with generous rate limits.</summary>
    protected Task<TestCluster> StartSocialAsync(Action<TestClusterOptions>? configure = null) =>
        StartAsync(
            o =>
            {
                foreach (var policy in new[] { "post.create", "post.comment", "post.react", "social.follow", "default", "anonymous" })
                {
                    o.Configuration[$"Vrss:RateLimits:{policy}:Limit"] = "1000000";
                }

                configure?.Invoke(o);
            },
            Silos);

    /// <summary>Registers a user whose client talks to silo <paramref name="silo"/> (modulo the cluster's size).</summary>
    protected static async Task<Member> JoinAsync(TestCluster cluster, string prefix = "user", int silo = 0)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var client = Client(cluster, silo % cluster.Silos.Count);
        var account = await client.RegisterAsync(TestAccounts.UniqueUsername(prefix));
        return new Member(client, account);
    }

    /// <summary>
    /// Registers <paramref name="count"/> users, spread over the silos, a few at a time: registration hashes a
    /// password (deliberately slow), and hundreds at once would starve the silos' heartbeats on a small machine.
    /// </summary>
    protected static async Task<Member[]> JoinManyAsync(TestCluster cluster, int count, string prefix = "user")
    {
        var members = new Member[count];
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, _) => members[i] = await JoinAsync(cluster, prefix, i));
        return members;
    }
}
