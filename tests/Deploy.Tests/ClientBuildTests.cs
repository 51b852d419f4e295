using System.Diagnostics;

namespace Vrss.Deploy.Tests;

/// <summary>
/// src/Silo/Client.targets run for real by MSBuild on a throwaway client (a package without dependencies whose build
/// script counts its runs): it installs and builds once, skips both when nothing changed, rebuilds when a source
/// changed, and stops with a message naming Node 20 when npm is not on the PATH.
/// </summary>
public sealed class ClientBuildTests : IDisposable
{
    private readonly string _client = Directory.CreateTempSubdirectory("vrss-client-build-").FullName;

    public ClientBuildTests()
    {
        Directory.CreateDirectory(Path.Combine(_client, "src"));
        File.WriteAllText(Path.Combine(_client, "package.json"), """{ "name": "fake-client", "version": "1.0.0", "private": true, "scripts": { "build": "node build.mjs" } }""");
        File.WriteAllText(Path.Combine(_client, "package-lock.json"),
            """{ "name": "fake-client", "version": "1.0.0", "lockfileVersion": 3, "requires": true, "packages": { "": { "name": "fake-client", "version": "1.0.0" } } }""");
        File.WriteAllText(Path.Combine(_client, "index.html"), "<!doctype html>");
        File.WriteAllText(Path.Combine(_client, "src", "main.js"), "console.log(1);");
        File.WriteAllText(Path.Combine(_client, "build.mjs"), """
            import fs from 'node:fs';
            fs.appendFileSync('builds.txt', 'x');
            fs.mkdirSync('dist/assets', { recursive: true });
            fs.copyFileSync('src/main.js', 'dist/assets/index-abc.js');
            fs.writeFileSync('dist/index.html', '<!doctype html>');
            """);
    }

    public void Dispose() => Directory.Delete(_client, recursive: true);

    private int Builds => File.Exists(Path.Combine(_client, "builds.txt")) ? File.ReadAllText(Path.Combine(_client, "builds.txt")).Length : 0;

    [Fact]
    public async Task BuildsOnce_SkipsWhenNothingChanged_AndRebuildsWhenASourceChanged()
    {
        var first = await MsBuildAsync();
        Assert.True(first.ExitCode == 0, first.Output);
        Assert.Equal(1, Builds);
        Assert.True(File.Exists(Path.Combine(_client, "dist", "assets", "index-abc.js")));
        Assert.True(File.Exists(Path.Combine(_client, "node_modules", ".vrss-npm-ci.stamp")));

        var second = await MsBuildAsync();
        Assert.True(second.ExitCode == 0, second.Output);
        Assert.Equal(1, Builds);

        File.SetLastWriteTimeUtc(Path.Combine(_client, "src", "main.js"), DateTime.UtcNow.AddMinutes(1));
        var third = await MsBuildAsync();
        Assert.True(third.ExitCode == 0, third.Output);
        Assert.Equal(2, Builds);

        // Switched off, a changed source builds nothing.
        File.SetLastWriteTimeUtc(Path.Combine(_client, "src", "main.js"), DateTime.UtcNow.AddMinutes(2));
        var skipped = await MsBuildAsync("-p:BuildClient=false");
        Assert.True(skipped.ExitCode == 0, skipped.Output);
        Assert.Equal(2, Builds);
    }

    [Fact]
    public async Task WithoutNpm_TheBuildStops_NamingNode20()
    {
        // A PATH with the dotnet host and a shell only (MSBuild's Exec runs commands through sh).
        var bin = Directory.CreateTempSubdirectory("vrss-no-node-").FullName;
        try
        {
            File.CreateSymbolicLink(Path.Combine(bin, "dotnet"), Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "/usr/bin/dotnet");
            File.CreateSymbolicLink(Path.Combine(bin, "sh"), "/bin/sh");

            var result = await MsBuildAsync(path: bin);

            Assert.NotEqual(0, result.ExitCode);
            Assert.Contains("Node.js 20", result.Output, StringComparison.Ordinal);
            Assert.Contains("BuildClient=false", result.Output, StringComparison.Ordinal);
            Assert.Equal(0, Builds);
        }
        finally
        {
            Directory.Delete(bin, recursive: true);
        }
    }

    // Only the client's targets: evaluating the silo's project needs no compile.
    private async Task<(int ExitCode, string Output)> MsBuildAsync(string extra = "", string? path = null)
    {
        var start = new ProcessStartInfo(path is null ? "dotnet" : Path.Combine(path, "dotnet"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryFiles.Root,
        };
        foreach (var argument in new[] { "msbuild", RepositoryFiles.PathOf("src/Silo/Vrss.Silo.csproj"), "-t:VrssClientBuild", "-nologo", "-v:m", $"-p:VrssClientRoot={_client}/" })
        {
            start.ArgumentList.Add(argument);
        }

        if (extra.Length > 0)
        {
            start.ArgumentList.Add(extra);
        }

        if (path is not null)
        {
            start.Environment["PATH"] = path;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
