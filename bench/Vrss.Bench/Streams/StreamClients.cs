using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Vrss.Bench.Streams;

/// <summary>
/// The client side of the stream benchmark, run as a separate process so that the silo's memory figures hold
/// only the server's share: opens one <c>/api/stream</c> per session token, reports READY, then collects the
/// delivery latency of every event (the sender put its <see cref="Stopwatch"/> timestamp in the event, and both
/// processes read the same monotonic clock) until it has the expected number, and prints the percentiles.
/// </summary>
internal static class StreamClients
{
    public static async Task<int> RunAsync(Uri silo, string tokenFile, int expectedEvents)
    {
        var tokens = await File.ReadAllLinesAsync(tokenFile);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue, UseCookies = false })
        {
            BaseAddress = silo,
            Timeout = Timeout.InfiniteTimeSpan,
        };
        var latencies = new Dictionary<string, List<long>>(StringComparer.Ordinal);
        var count = 0;
        var all = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var opened = 0;
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var stop = new CancellationTokenSource();

        var readers = tokens.Select(token => Task.Run(async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/stream");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, stop.Token);
            response.EnsureSuccessStatusCode();
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(stop.Token));
            if (Interlocked.Increment(ref opened) == tokens.Length)
            {
                ready.TrySetResult();
            }

            var name = "";
            while (await reader.ReadLineAsync(stop.Token) is { } line)
            {
                if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    name = line[7..];
                    continue;
                }

                if (!line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    continue;
                }

                var received = Stopwatch.GetTimestamp();
                var (sent, kind) = Read(name, line.AsSpan(6));
                lock (latencies)
                {
                    if (!latencies.TryGetValue(kind, out var list))
                    {
                        latencies[kind] = list = [];
                    }

                    list.Add(received - sent);
                    if (++count == expectedEvents)
                    {
                        all.TrySetResult();
                    }
                }
            }
        })).ToList();

        await ready.Task.WaitAsync(TimeSpan.FromMinutes(2));
        Console.WriteLine("READY");
        var finished = await Task.WhenAny(all.Task, Task.Delay(TimeSpan.FromMinutes(2)));
        await stop.CancelAsync();
        lock (latencies)
        {
            foreach (var (name, list) in latencies)
            {
                var samples = list.ToArray();
                Array.Sort(samples);
                double Millis(double q) => samples[(int)Math.Min(samples.Length - 1, q * samples.Length)] * 1000.0 / Stopwatch.Frequency;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RESULT {name} {samples.Length} {Millis(0.5):0.00} {Millis(0.99):0.00} {Millis(1.0):0.00}"));
            }
        }
        await Task.WhenAll(readers.Select(r => r.ContinueWith(static _ => { }, TaskScheduler.Default)));
        return finished == all.Task ? 0 : 1;
    }

    // The benchmark's events carry "bench-<timestamp>": a notification as its post id, a new post as its content.
    // Notifications are told apart by type.
    private static (long SentAt, string Kind) Read(string name, ReadOnlySpan<char> json)
    {
        using var document = JsonDocument.Parse(json.ToString());
        var root = document.RootElement;
        var stamp = root.TryGetProperty("post", out var post) ? post.GetProperty("content").GetString()! : root.GetProperty("postId").GetString()!;
        var kind = root.TryGetProperty("type", out var type) ? $"{name}/{type.GetString()}" : name;
        return (long.Parse(stamp.AsSpan("bench-".Length), CultureInfo.InvariantCulture), kind);
    }
}
