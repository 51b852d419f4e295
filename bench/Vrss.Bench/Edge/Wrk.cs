using System.Diagnostics;
using System.Globalization;

namespace Vrss.Bench.Edge;

/// <summary>
/// Drives HTTP with wrk. Each scenario is a Lua script: a request function that builds the RPC body and rotates
/// through the drivers' session tokens, and a done function that prints requests and latency percentiles.
/// </summary>
internal static class Wrk
{
    private const string Done = """
        function done(summary, latency, requests)
          local e = summary.errors
          io.write(string.format("RESULT %d %d %d %d %d %d\n", summary.requests, summary.duration,
            latency:percentile(50), latency:percentile(90), latency:percentile(99),
            e.status + e.connect + e.read + e.write + e.timeout))
        end
        """;

    private const string Rotation = """
        local counter = 0
        function setup(thread) thread:set("offset", counter * 7); counter = counter + 1 end
        function init(args)
          tokens = {}
          for line in io.lines(TOKENS) do tokens[#tokens + 1] = line end
          n = offset or 0
          math.randomseed(n + 1)
        end
        function rpc(procedure, input)
          n = n + 1
          local token = tokens[(n % #tokens) + 1]
          local body = '{"procedure":"' .. procedure .. '","input":' .. input .. '}'
          return wrk.format("POST", "/api/rpc", { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }, body)
        end
        function post() return rpc("post.create", '{"type":"text_short","content":"edge bench post ' .. n .. '","visibility":"public"}') end
        function home() return rpc("feed.getHome", '{"limit":20}') end
        function profile() return rpc("user.getProfile", '{"username":"user' .. math.random(1, USERS - 1) .. '"}') end
        """;

    public static string Script(string directory, string name, string tokensFile, int users)
    {
        var request = name switch
        {
            "health" => null,
            "post.create" => "function request() return post() end",
            "feed.getHome" => "function request() return home() end",
            "user.getProfile" => "function request() return profile() end",
            "mix" => """
                function request()
                  local r = math.random(100)
                  if r <= 60 then return home() elseif r <= 85 then return profile() else return post() end
                end
                """,
            _ => throw new ArgumentException(name),
        };
        var text = request is null
            ? Done
            : $"TOKENS = \"{tokensFile}\"\nUSERS = {users.ToString(CultureInfo.InvariantCulture)}\n{Rotation}\n{request}\n{Done}";
        var path = Path.Combine(directory, name + ".lua");
        File.WriteAllText(path, text);
        return path;
    }

    public static async Task<(long Requests, double Seconds, double P50, double P90, double P99, long Failures)> RunAsync(
        Uri baseAddress, string path, string script, int connections, int seconds)
    {
        var start = new ProcessStartInfo("wrk")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-t", "2", "-c", connections.ToString(CultureInfo.InvariantCulture), "-d", $"{seconds}s", "--timeout", "10s", "-s", script, new Uri(baseAddress, path).ToString() })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start (apt-get install wrk).");
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"wrk gave no result: {output}{error}");
        var f = line.Split(' ').Skip(1).Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        return ((long)f[0], f[1] / 1e6, f[2], f[3], f[4], (long)f[5]);
    }
}
