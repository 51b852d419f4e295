using System.Diagnostics;
using System.Text;

namespace Vrss.WebFront.Tests.OpenApi;

/// <summary>Runs the contract tools of tests/tools (installed there by ./test.sh with npm ci) and captures what they say.</summary>
internal static class NodeTools
{
    private static readonly SemaphoreSlim s_install = new(1, 1);

    /// <summary>tests/tools, found above the test binaries.</summary>
    public static string Directory { get; } = Find();

    /// <summary>The repository's root.</summary>
    public static string Repository => Path.GetFullPath(Path.Combine(Directory, "..", ".."));

    /// <summary>A tool in node_modules/.bin, installing the tools first when a fresh clone has none.</summary>
    public static async Task<string> BinAsync(string name)
    {
        var path = Path.Combine(Directory, "node_modules", ".bin", name);
        await s_install.WaitAsync();
        try
        {
            if (!File.Exists(path))
            {
                var install = await RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--silent"], TimeSpan.FromMinutes(5));
                Assert.True(install.ExitCode == 0, "npm ci in tests/tools failed:\n" + install.Output);
            }
        }
        finally
        {
            s_install.Release();
        }

        return path;
    }

    /// <summary>Runs a program in tests/tools and waits for it to end (killing it after <paramref name="timeout"/>).</summary>
    public static async Task<ToolRun> RunAsync(string program, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(program)
        {
            WorkingDirectory = Directory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["NO_COLOR"] = "1";
        info.Environment["REDOCLY_TELEMETRY"] = "off";
        info.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return new ToolRun(-1, $"{program} did not finish within {timeout}:\n{Text(output)}");
        }

        // The exit event can come before the last lines; WaitForExit() without a timeout drains them.
        process.WaitForExit();
        return new ToolRun(process.ExitCode, Text(output));
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "tools", "package.json");
            if (File.Exists(candidate))
            {
                return Path.GetDirectoryName(candidate)!;
            }
        }

        throw new InvalidOperationException("tests/tools/package.json was not found above the test binaries.");
    }
}
