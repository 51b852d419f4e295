using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using Vrss.Bench.Feeds;
using Vrss.Grains.Users;

namespace Vrss.Bench.Edge;

/// <summary>
/// The population: users with a power-law follow graph and a few older posts each, loaded with COPY before the
/// silo starts (setup is not measured). The first <c>drivers</c> users ("user1".."userN") get a real password,
/// log in over HTTP, and are the load's callers: their home feeds are the active ones.
/// </summary>
internal static class EdgePopulation
{
    public const string Password = "Edge-Bench-Password-42";

    public static async Task<int> LoadAsync(NpgsqlDataSource dataSource, EdgeOptions options)
    {
        var random = new Random(16);
        var ids = Enumerable.Range(0, options.Users).Select(_ => Guid.CreateVersion7().ToString("N")).ToArray();
        var graph = FollowGraph.Build(options.Users - 1, followsPerUser: 10, exponent: 1.1, random);
        await using var services = new ServiceCollection().AddSingleton(dataSource).BuildServiceProvider();
        var follows = await FeedData.LoadAsync(services, postgres: true, ids, graph, postsPerUser: 3, random);

        var hash = new PasswordHashing(Options.Create(new AccountOptions())).Hash(Password);
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand("UPDATE users SET password_hash = @hash WHERE username = ANY(@names)", connection);
        command.Parameters.AddWithValue("hash", hash);
        command.Parameters.AddWithValue("names", Enumerable.Range(1, options.Drivers).Select(i => $"user{i}").ToArray());
        await command.ExecuteNonQueryAsync();
        await using var analyze = new NpgsqlCommand("ANALYZE", connection);
        await analyze.ExecuteNonQueryAsync();
        return follows;
    }

    public static async Task<string[]> LogInAsync(Uri silo, int drivers)
    {
        using var client = new HttpClient { BaseAddress = silo };
        var tokens = new string[drivers];
        await Parallel.ForEachAsync(Enumerable.Range(0, drivers), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, cancel) =>
        {
            using var login = await client.PostAsJsonAsync(
                new Uri("api/rpc", UriKind.Relative),
                new { procedure = "auth.login", input = new { login = $"user{i + 1}", password = Password } },
                cancel);
            var body = await login.Content.ReadFromJsonAsync<JsonElement>(cancel);
            tokens[i] = body.GetProperty("data").GetProperty("sessionToken").GetString()
                ?? throw new InvalidOperationException($"No session for user{i + 1}: {body}");
        });
        return tokens;
    }
}
