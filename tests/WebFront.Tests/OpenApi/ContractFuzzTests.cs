using System.Globalization;
using Xunit.Abstractions;

namespace Vrss.WebFront.Tests.OpenApi;

/// <summary>
/// tests/tools/contract/fuzz.mjs (fast-check, arbitraries derived from the served document, answers checked with ajv)
/// against a live silo: valid and invalid inputs to every procedure, anonymous and signed in; no 5xx, every answer
/// conforms to the document, invalid inputs are refused as invalid. The seed is fixed (VRSS_FUZZ_SEED overrides it)
/// and printed with any failure.
/// </summary>
public sealed class ContractFuzzTests(ITestOutputHelper output)
{
    private const int RunsPerProcedure = 60;

    [Fact]
    public async Task EveryProcedure_AnswersEveryGeneratedInput_AsTheDocumentSays()
    {
        await using var cluster = await ContractCluster.StartAsync();
        await NodeTools.BinAsync("redocly"); // installs the tools on a fresh clone
        var seed = Environment.GetEnvironmentVariable("VRSS_FUZZ_SEED") ?? "17";

        var run = await NodeTools.RunAsync(
            "node",
            [Path.Combine("contract", "fuzz.mjs"), cluster.Silos[0].HttpAddress.ToString(), "--seed", seed, "--runs", RunsPerProcedure.ToString(CultureInfo.InvariantCulture)],
            TimeSpan.FromMinutes(5));
        output.WriteLine(run.Output);

        Assert.True(run.ExitCode == 0, $"the contract fuzzer failed (seed {seed}):\n{run.Output}");
        Assert.Contains("\"failures\":0", run.Output, StringComparison.Ordinal);
    }
}
