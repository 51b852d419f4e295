using System.Diagnostics;
using System.Globalization;
using System.Net;
using Vrss.TestingHost;

namespace Vrss.Bench.Edge;

/// <summary>
/// The product's silo (<c>src/Silo</c>, Release build) as a process of its own on the throwaway database, with the
/// rate limits lifted through configuration (command-line keys, the same as any other configuration source).
/// </summary>
internal sealed class SiloProcess : IAsyncDisposable
{
    private static readonly string[] s_policies =
    [
        "auth.login", "auth.register", "auth.session", "post.create", "post.comment", "post.react", "social.follow", "default", "anonymous",
    ];

    private readonly Process _process;
    private bool _disposed;

    private SiloProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public int Pid => _process.Id;

    public static async Task<SiloProcess> StartAsync(string connectionString, string logFile)
    {
        var root = RepositoryRoot();
        var dll = Path.Combine(root, "src", "Silo", "bin", "Release", "net10.0", "Vrss.Silo.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"{dll} is missing: build in Release first (bench/edge/run.sh does).");
        }

        var ports = LoopbackPorts.Free(3);
        var http = ports[0];
        var address = new Uri($"http://127.0.0.1:{http}/");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var arguments = new List<string>
        {
            dll,
            $"--urls={address}",
            "--Vrss:Storage:Provider=Postgres",
            $"--ConnectionStrings:Vrss={connectionString}",
            "--Vrss:Observability:Dashboard=false",
            $"--Vrss:Silo:Port={ports[1]}",
            $"--Vrss:Silo:GatewayPort={ports[2]}",
            "--Logging:LogLevel:Default=Warning",
        };
        arguments.AddRange(s_policies.Select(p => $"--Vrss:RateLimits:{p}:Limit=1000000000"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The silo did not start.");
        var log = new StreamWriter(logFile) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var silo = new SiloProcess(process, address);
        using var client = new HttpClient { BaseAddress = address };
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The silo exited ({process.ExitCode}); see {logFile}.");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("health/ready", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return silo;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (deadline.Elapsed > TimeSpan.FromMinutes(2))
            {
                await silo.DisposeAsync();
                throw new InvalidOperationException($"The silo was not ready in two minutes; see {logFile}.");
            }

            await Task.Delay(200);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Vrss.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Vrss.sln not found above " + AppContext.BaseDirectory);
    }

    public override string ToString() => Address.ToString() + " pid " + Pid.ToString(CultureInfo.InvariantCulture);
}
