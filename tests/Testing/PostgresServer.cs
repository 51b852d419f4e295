using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Vrss.Testing;

/// <summary>
/// A throwaway PostgreSQL server for tests: initdb in a temporary folder, a free loopback port, fsync off.
/// <see cref="Shared"/> is the one server of a test run; <see cref="StartDedicatedAsync"/> gives a test a server
/// of its own to stop and restart. <c>VRSS_TEST_POSTGRES</c> (an admin connection string) replaces the
/// shared server with an existing one. Without either, tests fail and say what to install.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private const string FolderPrefix = "vrss-pg-";
    private static readonly Lazy<Task<PostgresServer>> s_shared = new(StartSharedAsync);

    private readonly string? _dataDirectory;
    private readonly string? _binDirectory;
    private int _stopped;

    private bool _durable;

    private PostgresServer(string adminConnectionString, string? dataDirectory, string? binDirectory, int port)
    {
        AdminConnectionString = adminConnectionString;
        _dataDirectory = dataDirectory;
        _binDirectory = binDirectory;
        Port = port;
    }

    /// <summary>A connection string for the <c>postgres</c> database as a superuser.</summary>
    public string AdminConnectionString { get; }

    /// <summary>The server's port.</summary>
    public int Port { get; }

    /// <summary>The server shared by every test of this run, started on first use and stopped at process exit.</summary>
    public static Task<PostgresServer> Shared => s_shared.Value;

    /// <summary>Starts a server only the caller uses (for tests that stop and restart it).</summary>
    /// <param name="durable">
    /// Keep PostgreSQL's defaults (fsync, synchronous commit, full-page writes) so every commit waits for the disk, as in
    /// production; for benchmarks of what a commit costs. Tests leave them off for speed.
    /// </param>
    public static Task<PostgresServer> StartDedicatedAsync(bool durable = false) => StartLocalAsync(durable);

    /// <summary>Creates an empty database and returns a connection string to it.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = $"{new string(prefix.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(30).ToArray())}_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Stops the server (fast shutdown; connections are cut) and keeps its data folder.</summary>
    public Task StopAsync() => RunPgCtlAsync("stop", "-m", "fast", "-w");

    /// <summary>Starts the server again on the same port after <see cref="StopAsync"/>.</summary>
    public Task RestartAsync() => RunPgCtlAsync(StartArguments());

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_dataDirectory is null || Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        try
        {
            await RunPgCtlAsync("stop", "-m", "immediate", "-w");
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }

        TryDelete(_dataDirectory);
    }

    private static async Task<PostgresServer> StartSharedAsync()
    {
        var external = Environment.GetEnvironmentVariable("VRSS_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(external))
        {
            var builder = new NpgsqlConnectionStringBuilder(external);
            return new PostgresServer(external, null, null, builder.Port);
        }

        var server = await StartLocalAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return server;
    }

    private static async Task<PostgresServer> StartLocalAsync(bool durable = false)
    {
        var bin = FindBinDirectory();
        CleanUpAbandonedServers(bin);
        var dataDirectory = Path.Combine(Path.GetTempPath(), $"{FolderPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dataDirectory);
        await File.WriteAllTextAsync(Path.Combine(dataDirectory, "..owner"), Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var pgdata = Path.Combine(dataDirectory, "data");
        Directory.CreateDirectory(pgdata);
        if (IsRoot)
        {
            // initdb refuses to run as root: the server runs as the postgres user, in folders it owns.
            await RunAsync("chown", ["-R", "postgres:postgres", dataDirectory]);
        }

        await RunAsync(Path.Combine(bin, "initdb"), ["-D", pgdata, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync"]);
        var port = FreePort();
        var server = new PostgresServer(
            $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Include Error Detail=true",
            dataDirectory,
            bin,
            port)
        { _durable = durable };
        await server.RunPgCtlAsync(server.StartArguments());
        return server;
    }

    private string[] StartArguments() =>
    [
        "start", "-w", "-t", "60", "-l", Path.Combine(_dataDirectory!, "server.log"),
        "-o", $"-p {Port} -k {_dataDirectory} -c listen_addresses=127.0.0.1 {(_durable ? "" : "-c fsync=off -c synchronous_commit=off -c full_page_writes=off ")}-c max_connections=400",
    ];

    private Task RunPgCtlAsync(params string[] arguments)
    {
        if (_dataDirectory is null)
        {
            throw new InvalidOperationException("An external server (VRSS_TEST_POSTGRES) cannot be stopped or restarted by tests.");
        }

        return RunAsync(Path.Combine(_binDirectory!, "pg_ctl"), ["-D", Path.Combine(_dataDirectory, "data"), .. arguments]);
    }

    private static bool IsRoot => Environment.UserName == "root";

    private static async Task RunAsync(string program, string[] arguments)
    {
        var info = new ProcessStartInfo(IsRoot && program != "chown" ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (IsRoot && program != "chown")
        {
            foreach (var prefix in new[] { "-u", "postgres", "--", program })
            {
                info.ArgumentList.Add(prefix);
            }
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{Path.GetFileName(program)} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}{await output}");
        }
    }

    private static string FindBinDirectory()
    {
        var candidates = new List<string>();
        try
        {
            var info = new ProcessStartInfo("pg_config", "--bindir") { RedirectStandardOutput = true, UseShellExecute = false };
            using var process = Process.Start(info);
            if (process is not null)
            {
                candidates.Add(process.StandardOutput.ReadToEnd().Trim());
                process.WaitForExit();
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // pg_config is not on PATH; look in the usual places below.
        }

        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql").OrderDescending().Select(d => Path.Combine(d, "bin")));
        }

        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
            ?? throw new InvalidOperationException(
                "PostgreSQL server binaries (initdb, pg_ctl) were not found. Install them (Debian: apt-get install postgresql) " +
                "or set VRSS_TEST_POSTGRES to an admin connection string. These tests need a real PostgreSQL; they do not skip.");
    }

    // A test process that was killed leaves its server running; stop those whose owner is gone.
    private static void CleanUpAbandonedServers(string bin)
    {
        foreach (var directory in Directory.GetDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            try
            {
                var owner = int.Parse(File.ReadAllText(Path.Combine(directory, "..owner")), System.Globalization.CultureInfo.InvariantCulture);
                if (IsAlive(owner))
                {
                    continue;
                }

                RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", Path.Combine(directory, "data"), "stop", "-m", "immediate"]).Wait(TimeSpan.FromSeconds(10));
            }
            catch (Exception exception) when (exception is IOException or FormatException or AggregateException or UnauthorizedAccessException)
            {
                // Not ours to judge, or already stopped.
            }

            TryDelete(directory);
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Best effort: a later run's clean-up retries.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
