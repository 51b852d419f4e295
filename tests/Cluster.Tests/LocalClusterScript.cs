using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Vrss.Cluster.Tests;

/// <summary>
/// Drives <c>deploy/cluster.sh</c>, the operators' script: real silo processes on loopback ports against one
/// PostgreSQL, killed with SIGKILL like a crashed machine.
/// </summary>
internal sealed class LocalClusterScript : IAsyncDisposable
{
    private readonly string _script;
    private readonly Dictionary<string, string> _environment;

    private LocalClusterScript(string root, Dictionary<string, string> environment, int httpBasePort)
    {
        _script = Path.Combine(root, "deploy", "cluster.sh");
        _environment = environment;
        HttpBasePort = httpBasePort;
    }

    public int HttpBasePort { get; }

    public Uri SiloAddress(int index) => new($"http://127.0.0.1:{HttpBasePort + index}");

    /// <summary>Starts <paramref name="silos"/> silo processes against <paramref name="connectionString"/> and waits until they are ready.</summary>
    public static async Task<LocalClusterScript> StartAsync(int silos, string connectionString, IDictionary<string, string>? settings = null)
    {
        var root = FindRepositoryRoot();
        var httpBase = FreePortRange(silos);
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__Vrss"] = connectionString,
            ["VRSS_CLUSTER_DIR"] = Directory.CreateTempSubdirectory("vrss-cluster-").FullName,
            ["VRSS_HTTP_BASE_PORT"] = httpBase.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["VRSS_SILO_BASE_PORT"] = FreePortRange(silos).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["VRSS_GATEWAY_BASE_PORT"] = FreePortRange(silos).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["VRSS_CONFIGURATION"] = BuildConfiguration(),
            ["VRSS_NO_BUILD"] = "1",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        var cluster = new LocalClusterScript(root, environment, httpBase);
        try
        {
            await cluster.RunAsync("start", silos.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }

        return cluster;
    }

    /// <summary>The warnings and errors the silos logged so far (for a failing test's output).</summary>
    public string ReadProblems() => string.Join(
        Environment.NewLine,
        Directory.GetFiles(_environment["VRSS_CLUSTER_DIR"], "silo*.log").SelectMany(file =>
        {
            var lines = File.ReadAllLines(file);
            return lines.Select((line, i) => (line, i))
                .Where(l => l.line.StartsWith("warn", StringComparison.Ordinal) || l.line.StartsWith("fail", StringComparison.Ordinal) || l.line.StartsWith("crit", StringComparison.Ordinal))
                .SelectMany(l => lines.Skip(l.i).Take(4).Prepend(Path.GetFileName(file)));
        }));

    public Task KillAsync(int silo) => RunAsync("kill", silo.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Starts a stopped or killed silo again on its ports and waits until it answers ready.</summary>
    public Task RestartAsync(int silo) => RunAsync("restart", silo.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>
    /// Upgrades the silos one at a time (<c>cluster.sh upgrade</c>): each is stopped gracefully, started again and
    /// ready before the next is touched. Returns the script's account of it.
    /// </summary>
    public Task<string> UpgradeAsync() => RunAsync("upgrade");

    public async ValueTask DisposeAsync() => await RunAsync("stop");

    private async Task<string> RunAsync(params string[] arguments)
    {
        var info = new ProcessStartInfo("bash") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(_script);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in _environment)
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not run deploy/cluster.sh.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"cluster.sh {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}{await output}");
        }

        return await output;
    }

    // The tests run from tests/<project>/bin/<Configuration>/net10.0; the silo was built in the same configuration.
    private static string BuildConfiguration() => new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "deploy", "cluster.sh")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("deploy/cluster.sh was not found above the test binaries.");
    }

    // A run of consecutive free ports, for silo 0..n-1, below the kernel's ephemeral range: a silo restarted on its
    // port (restart, upgrade) cannot bind it when, while it was down, an outgoing connection of another process (a
    // silo's PostgreSQL pool, the load) was given that port as its local end. That failed a drill once.
    private static int FreePortRange(int count)
    {
        var below = EphemeralPorts.LowestPort() - count;
        while (true)
        {
            var start = Random.Shared.Next(10_000, below);
            if (Enumerable.Range(start, count).All(IsFree))
            {
                return start;
            }
        }
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
