using System.Text.Json;

namespace Vrss.Ctl.Tests;

/// <summary>What one run of vrssctl printed and answered.</summary>
/// <param name="ExitCode">The exit code.</param>
/// <param name="Out">Standard output (tables or JSON).</param>
/// <param name="Error">Standard error.</param>
internal sealed record CtlRun(int ExitCode, string Out, string Error)
{
    /// <summary>Standard output as JSON, after asserting the run succeeded.</summary>
    public JsonElement Json()
    {
        Assert.True(ExitCode == 0, $"exit {ExitCode}: {Error}");
        using var document = JsonDocument.Parse(Out);
        return document.RootElement.Clone();
    }
}
