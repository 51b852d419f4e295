using Xunit.Abstractions;

namespace Vrss.WebFront.Tests.OpenApi;

/// <summary>Redocly's linter (somebody else's reading of OpenAPI 3.1) finds nothing wrong with the served document.</summary>
public sealed class RedoclyLintTests(ITestOutputHelper output)
{
    [Fact]
    public async Task TheDocument_PassesRedoclyLint_WithRecommendedStrictRules()
    {
        await using var cluster = await ContractCluster.StartAsync();
        var file = Path.Combine(Directory.CreateTempSubdirectory("vrss-openapi-").FullName, "openapi.json");
        await File.WriteAllTextAsync(file, await ContractCluster.DocumentAsync(cluster));

        var redocly = await NodeTools.BinAsync("redocly");
        var run = await NodeTools.RunAsync(redocly, ["lint", file, "--config", Path.Combine("contract", "redocly.yaml")], TimeSpan.FromMinutes(2));
        output.WriteLine(run.Output);
        Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);

        Assert.True(run.ExitCode == 0, "redocly lint failed:\n" + run.Output);
        Assert.Contains("Your API description is valid", run.Output, StringComparison.Ordinal);
    }
}
