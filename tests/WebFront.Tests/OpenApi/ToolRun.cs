namespace Vrss.WebFront.Tests.OpenApi;

/// <summary>How a tool ended: its exit code and everything it wrote (stdout and stderr, interleaved).</summary>
/// <param name="ExitCode">The exit code; -1 when it was killed for taking too long.</param>
/// <param name="Output">What it wrote.</param>
internal sealed record ToolRun(int ExitCode, string Output);
