using Xunit.Abstractions;

namespace Vrss.WebFront.Tests.OpenApi;

/// <summary>
/// tests/tools/contract/stream.mjs against a live silo: the events <c>GET /api/stream</c> really sends (notification,
/// feed.update, post.delete, stream.closed) are declared in x-vrss-events and their data matches (ajv).
/// </summary>
public sealed class StreamEventsTests(ITestOutputHelper output)
{
    [Fact]
    public async Task TheEventsOfALiveStream_AreTheDeclaredOnes_WithTheDeclaredData()
    {
        await using var cluster = await ContractCluster.StartAsync();
        await NodeTools.BinAsync("redocly"); // installs the tools on a fresh clone

        var run = await NodeTools.RunAsync("node", [Path.Combine("contract", "stream.mjs"), cluster.Silos[0].HttpAddress.ToString()], TimeSpan.FromMinutes(2));
        output.WriteLine(run.Output);

        Assert.True(run.ExitCode == 0, "the stream check failed:\n" + run.Output);
        Assert.Contains("\"problems\":0", run.Output, StringComparison.Ordinal);
    }
}
