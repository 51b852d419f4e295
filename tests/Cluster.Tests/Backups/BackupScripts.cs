using System.Diagnostics;
using Npgsql;

namespace Vrss.Cluster.Tests.Backups;

/// <summary>
/// Runs <c>deploy/backup.sh</c> and <c>deploy/restore.sh</c> as an operator's cron job would: a bash process whose
/// database comes from libpq's environment (PGHOST, PGPORT, PGUSER, PGDATABASE) or a <c>--dbname</c> URI.
/// </summary>
internal static class BackupScripts
{
    /// <summary>The repository's <c>deploy</c> folder (the tests run from tests/&lt;project&gt;/bin/&lt;configuration&gt;/net10.0).</summary>
    public static string DeployFolder { get; } = FindDeployFolder();

    /// <summary>libpq's variables for a database given as an Npgsql connection string (the test servers trust loopback: no password).</summary>
    public static Dictionary<string, string> LibpqEnvironment(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return new Dictionary<string, string>
        {
            ["PGHOST"] = builder.Host!,
            ["PGPORT"] = builder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["PGUSER"] = builder.Username!,
            ["PGDATABASE"] = builder.Database!,
        };
    }

    /// <summary>A <c>postgresql://</c> URI (without a password) for a database given as an Npgsql connection string.</summary>
    public static string Uri(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"postgresql://{builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}";
    }

    /// <summary>Runs a script of <c>deploy/</c> and answers its exit code and everything it printed.</summary>
    public static async Task<ScriptResult> RunAsync(string script, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo("bash") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(DeployFolder, script));
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // The test process may itself carry libpq variables; the script must see only the ones the test means.
        foreach (var name in new[] { "PGHOST", "PGPORT", "PGUSER", "PGDATABASE", "PGPASSWORD", "PGSERVICE" })
        {
            info.Environment.Remove(name);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not run {script}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new ScriptResult(process.ExitCode, await output, await error);
    }

    private static string FindDeployFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var deploy = Path.Combine(directory.FullName, "deploy");
            if (File.Exists(Path.Combine(deploy, "backup.sh")))
            {
                return deploy;
            }
        }

        throw new InvalidOperationException("deploy/backup.sh was not found above the test binaries.");
    }
}
