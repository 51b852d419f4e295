using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.WebFront.Tests.Rpc;

/// <summary>Hostile input: whatever is posted, the answer is a valid envelope with the status of its code, never a 5xx.</summary>
public abstract class RpcFuzzTests : ProductTests
{
    // API.md's table, written out here independently of the product's mapping.
    private static readonly Dictionary<int, int> s_statusOfCode = new()
    {
        [1000] = 401, [1001] = 401, [1002] = 401, [1003] = 401, [1100] = 403, [1101] = 403, [1104] = 403,
        [1200] = 400, [1201] = 400, [1202] = 400, [1203] = 400, [1300] = 404, [1301] = 404, [1302] = 404, [1303] = 404,
        [1400] = 400, [1401] = 400, [1402] = 400, [1403] = 400, [1500] = 429, [1501] = 429,
        [1600] = 413, [1601] = 400, [1602] = 413, [1603] = 400, [1604] = 400,
        [1900] = 500, [1901] = 503, [1902] = 503, [9999] = 500,
    };

    [Fact]
    public async Task HostileBodies_NeverGet5xx_AndAlwaysGetAValidEnvelope()
    {
        var logs = new LogCapture();
        await using var cluster = await StartAsync(o =>
        {
            o.Configuration["Vrss:RateLimits:anonymous:Limit"] = "1000000";
            o.Configuration["Vrss:RateLimits:default:Limit"] = "1000000";
            o.Configuration["Vrss:RateLimits:auth.register:Limit"] = "1000000";
            o.CaptureLogs(logs, LogLevel.Error);
        });
        var clients = Enumerable.Range(0, 4).Select(_ => Client(cluster)).ToList();
        var session = await clients[0].RegisterAsync();
        var garbage = new[] { null, session.Token, "garbage", new string('A', 43), "Bearer", "two words" };
        var corpus = HostileBodies.Create(seed: 20_261_122, minimum: 1_200);
        Assert.True(corpus.Count >= 1_000, $"only {corpus.Count} bodies");

        var failures = new List<string>();
        var codes = new Dictionary<int, int>();
        await Parallel.ForEachAsync(corpus.Select((c, i) => (c.Name, c.Body, Index: i)), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (item, _) =>
        {
            var client = clients[item.Index % clients.Count];
            var content = new ByteArrayContent(item.Body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/rpc") { Content = content };
            if (garbage[item.Index % garbage.Length] is { } token)
            {
                request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
            }

            var response = await client.SendAsync(request);
            var problem = Check(response);
            lock (failures)
            {
                if (problem is not null)
                {
                    failures.Add($"{HostileBodies.Describe(item.Name)}: {problem}");
                }

                codes[response.ErrorCode ?? 0] = codes.GetValueOrDefault(response.ErrorCode ?? 0) + 1;
            }
        });

        Assert.True(failures.Count == 0, $"{failures.Count} of {corpus.Count} bodies were mishandled:\n{string.Join("\n", failures.Take(30))}");
        Assert.DoesNotContain(logs.Entries, e => e.Level >= LogLevel.Error);
        // The corpus reached the procedures, not just the parser: several distinct codes came back.
        Assert.True(codes.Count >= 8, "codes seen: " + string.Join(", ", codes.Select(kv => $"{kv.Key}x{kv.Value}")));
        clients.ForEach(c => c.Dispose());
    }

    private static string? Check(RpcResponse response)
    {
        if (response.StatusCode >= 500)
        {
            return $"status {response.StatusCode}: {response.Body}";
        }

        try
        {
            response.AssertEnvelope();
        }
        catch (Exception exception) when (exception is Xunit.Sdk.XunitException)
        {
            return $"bad envelope ({response.StatusCode}): {exception.Message}";
        }

        if (!response.Success && (response.ErrorCode is not { } code || !s_statusOfCode.TryGetValue(code, out var status) || status != response.StatusCode))
        {
            return $"code {response.ErrorCode} with status {response.StatusCode}";
        }

        return null;
    }
}
