using System.Text.RegularExpressions;

namespace Vrss.Deploy.Tests;

/// <summary>
/// The Dockerfile's shape, read as text: no container engine runs where these tests run, so the image is never
/// built here. What can be checked: stages, the user, the health check, and that every COPY source exists.
/// </summary>
public sealed partial class DockerfileTests
{
    private static readonly string[] s_lines = RepositoryFiles.Read("Dockerfile").Split('\n');

    [Fact]
    public void IsMultiStage_AndTheRuntimeHasNoSdk()
    {
        var stages = s_lines.Where(l => l.StartsWith("FROM ", StringComparison.Ordinal)).ToList();
        Assert.True(stages.Count >= 3, "client, build and runtime stages");
        Assert.Contains("mcr.microsoft.com/dotnet/aspnet:", stages[^1], StringComparison.Ordinal);
        Assert.Contains(stages, s => s.Contains(" AS client", StringComparison.Ordinal));
    }

    [Fact]
    public void RunsAsNonRoot_WithAHealthCheckOnLive()
    {
        var runtime = s_lines.SkipWhile(l => !l.Contains("AS runtime", StringComparison.Ordinal)).ToList();
        var user = Assert.Single(runtime, l => l.StartsWith("USER ", StringComparison.Ordinal));
        Assert.DoesNotMatch(@"^USER (0|root)(\b|:)", user);
        Assert.Contains(runtime, l => l.StartsWith("HEALTHCHECK ", StringComparison.Ordinal));
        Assert.Contains(runtime, l => l.Contains("/health/live", StringComparison.Ordinal));
        Assert.Contains(runtime, l => l.Contains("ENTRYPOINT [\"dotnet\", \"Vrss.Silo.dll\"]", StringComparison.Ordinal));
    }

    [Fact]
    public void TheClientIsBuiltInItsNodeStage_AndServedFromWwwroot()
    {
        var build = s_lines.SkipWhile(l => !l.Contains(" AS build", StringComparison.Ordinal)).TakeWhile(l => !l.Contains(" AS runtime", StringComparison.Ordinal)).ToList();
        var runtime = s_lines.SkipWhile(l => !l.Contains(" AS runtime", StringComparison.Ordinal)).ToList();

        // The SDK stage has no Node: the silo's client target (src/Silo/Client.targets) must be switched off there.
        Assert.Contains(build, l => l.StartsWith("RUN dotnet publish", StringComparison.Ordinal) && l.Contains("BuildClient=false", StringComparison.Ordinal));
        Assert.Contains(runtime, l => l.StartsWith("COPY --from=client", StringComparison.Ordinal) && l.TrimEnd().EndsWith("./wwwroot/", StringComparison.Ordinal));
        Assert.Contains("cp -R dist/.", RepositoryFiles.Read("deploy/container/build-client.sh"), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryCopiedSource_Exists_ExceptTheOptionalClient()
    {
        foreach (var line in s_lines.Where(l => l.StartsWith("COPY ", StringComparison.Ordinal) && !l.Contains("--from=", StringComparison.Ordinal)))
        {
            var parts = Whitespace().Split(line.Trim())[1..^1];
            foreach (var source in parts.Where(p => !p.StartsWith("--", StringComparison.Ordinal)))
            {
                // src/Clien[t] is a wildcard on purpose: the client folder may not exist yet.
                if (source.Contains('[', StringComparison.Ordinal))
                {
                    continue;
                }

                var path = RepositoryFiles.PathOf(source.TrimEnd('/'));
                Assert.True(File.Exists(path) || Directory.Exists(path), $"COPY source {source} does not exist");
            }
        }
    }

    [Fact]
    public void BuildContext_LeavesOutTestsOutputsAndLocalSecrets()
    {
        var ignored = RepositoryFiles.Read(".dockerignore").Split('\n').Select(l => l.Trim()).ToHashSet();
        Assert.Superset(new HashSet<string> { "**/bin/", "**/obj/", ".git/", "tests/", "**/.env" }, ignored);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
