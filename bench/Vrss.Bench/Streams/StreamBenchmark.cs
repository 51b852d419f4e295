using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Vrss.GrainInterfaces.Notifications;
using Vrss.GrainInterfaces.Posts;
using Vrss.GrainInterfaces.Sessions;
using Vrss.GrainInterfaces.Users;
using Vrss.Grains.Data;
using Vrss.Grains.Notifications;
using Vrss.Grains.Social;
using Vrss.Silo.Hosting;
using Vrss.TestingHost;
using Vrss.WebFront.Events;

namespace Vrss.Bench.Streams;

/// <summary>
/// Many open <c>/api/stream</c> connections on one silo (the product, in-memory storage) held by a client
/// process, then bursts of events: the silo's memory per open stream, and the delivery latency of each burst
/// from the call that causes an event to the moment the client has read it.
/// </summary>
internal static class StreamBenchmark
{
    private const int Trickle = 200;

    public static async Task<int> RunAsync(int streams, int rounds)
    {
        await using var cluster = await TestCluster.StartAsync(o =>
        {
            o.ShareSingleton<MemoryDatabase>();
            o.Configuration["Vrss:Storage:Provider"] = "Memory";
            o.ConfigureBuilder((builder, _) => builder.Services.AddVrssSiloServices(builder.Configuration));
            o.ConfigureApp(app => app.MapVrss());
        });
        var silo = cluster.Silos[0];
        var grains = silo.GrainFactory;
        var sender = silo.Services.GetRequiredService<NotificationSender>();
        var follows = silo.Services.GetRequiredService<IFollowRepository>();
        var endpoint = silo.Services.GetRequiredService<EventStreamEndpoint>();
        var actorId = Guid.CreateVersion7().ToString("N");
        await grains.GetGrain<IUserGrain>(actorId).RegisterAsync(new NewAccount("bench_actor", "bench-actor@example.com", "Correct-Horse-42", "Bench"));

        var users = Enumerable.Range(0, streams).Select(_ => Guid.CreateVersion7().ToString("N")).ToArray();
        var tokens = users.Select(_ => SecretToken.Create()).ToArray();
        var (heapBefore, workingSetBefore) = Memory();
        for (var i = 0; i < streams; i++)
        {
            await grains.GetGrain<ISessionGrain>(SecretToken.KeyOf(tokens[i])).StartAsync(users[i], SessionDevice.Unknown);

            // Warm-up, and the user's grains (notifications, event log, stream rendezvous) become active, as
            // they are for any user who is online: their memory is counted apart from the connection's.
            await sender.NotifyAsync(NotificationType.Follow, users[i], actorId);

            // Every user follows the actor, whose posts then reach all of them (the follow edge only).
            await follows.FollowAsync(users[i], actorId, DateTimeOffset.UtcNow);
        }

        var (heapGrains, workingSetGrains) = Memory();
        var tokenFile = Path.GetTempFileName();
        await File.WriteAllLinesAsync(tokenFile, tokens);
        var expected = (streams * rounds * 2) + Trickle;
        using var clients = StartClients(silo.HttpAddress, tokenFile, expected);
        await WaitForLineAsync(clients, "READY");
        while (endpoint.OpenStreams < streams)
        {
            await Task.Delay(50);
        }

        await Task.Delay(2000);
        var (heapOpen, workingSetOpen) = Memory();

        // One at a time first: the latency of an event when the silo is not busy.
        for (var i = 0; i < Trickle; i++)
        {
            await sender.NotifyAsync(NotificationType.Reaction, users[(i * 7919) % streams], actorId, Stamp());
            await Task.Delay(10);
        }

        await Task.Delay(1000);

        // Burst 1: every user gets `rounds` notifications, all at once (the full path: notification row, event
        // log write, stream, SSE). Burst 2: the actor writes `rounds` posts, each fanned out to the 1,000
        // followers' event logs (one broadcast message per silo and batch) and sent as feed.update.
        var burst = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, rounds).SelectMany(_ => users).Select(user =>
            sender.NotifyAsync(NotificationType.Comment, user, actorId, Stamp())));
        var notifySeconds = burst.Elapsed.TotalSeconds;
        await Task.Delay(3000);
        burst.Restart();
        var author = grains.GetGrain<IUserGrain>(actorId);
        for (var round = 0; round < rounds; round++)
        {
            await author.CreatePostAsync(new PostDraft(PostType.TextShort, Stamp(), [], PostVisibility.Public));
        }

        var fanOutSeconds = burst.Elapsed.TotalSeconds;
        var results = new List<string>();
        while (await clients.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("RESULT ", StringComparison.Ordinal))
            {
                results.Add(line);
            }
        }

        await clients.WaitForExitAsync();
        File.Delete(tokenFile);

        Console.WriteLine($"Live streams: {streams:N0} open streams on one silo, {rounds} events per stream per burst; {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        Console.WriteLine("| burst | events | sent in (s) | p50 (ms) | p99 (ms) | max (ms) |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var line in results)
        {
            var parts = line.Split(' ');
            var (label, seconds) = parts[1] switch
            {
                "notification/reaction" => ($"one notification at a time ({Trickle}, 10 ms apart)", double.NaN),
                "notification/comment" => ($"notifications ({streams:N0} users x {rounds}, all at once)", notifySeconds),
                _ => ($"feed.update ({rounds} posts, each fanned out to {streams:N0} followers)", fanOutSeconds),
            };
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {label} | {int.Parse(parts[2], CultureInfo.InvariantCulture):N0} | {(double.IsNaN(seconds) ? "-" : seconds.ToString("0.00", CultureInfo.InvariantCulture))} | {parts[3]} | {parts[4]} | {parts[5]} |"));
        }

        Console.WriteLine();
        Console.WriteLine("| silo memory | GC heap | working set |");
        Console.WriteLine("| --- | ---: | ---: |");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| per user with active grains (no stream) | {(heapGrains - heapBefore) / 1024.0 / streams:0.0} KiB | {(workingSetGrains - workingSetBefore) / 1024.0 / streams:0.0} KiB |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| per open stream | {(heapOpen - heapGrains) / 1024.0 / streams:0.0} KiB | {(workingSetOpen - workingSetGrains) / 1024.0 / streams:0.0} KiB |"));
        return clients.ExitCode;
    }

    private static string Stamp() => "bench-" + Stopwatch.GetTimestamp().ToString(CultureInfo.InvariantCulture);

    private static (long Heap, long WorkingSet) Memory()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        using var process = Process.GetCurrentProcess();
        return (GC.GetTotalMemory(forceFullCollection: true), process.WorkingSet64);
    }

    private static Process StartClients(Uri silo, string tokenFile, int expected)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("No process path.");
        var arguments = $"stream-clients {silo} \"{tokenFile}\" {expected.ToString(CultureInfo.InvariantCulture)}";
        if (string.Equals(Path.GetFileNameWithoutExtension(self), "dotnet", StringComparison.OrdinalIgnoreCase))
        {
            arguments = $"\"{typeof(StreamBenchmark).Assembly.Location}\" {arguments}";
        }

        var start = new ProcessStartInfo(self, arguments) { RedirectStandardOutput = true, UseShellExecute = false };
        return Process.Start(start) ?? throw new InvalidOperationException("The client process did not start.");
    }

    private static async Task WaitForLineAsync(Process process, string expected)
    {
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line == expected)
            {
                return;
            }
        }

        throw new InvalidOperationException($"The client process ended before {expected}.");
    }
}
