using System.CommandLine;

namespace Vrss.Ctl;

/// <summary>Options every command takes.</summary>
internal sealed class GlobalOptions
{
    public Option<bool> Json { get; } = new("--json") { Description = "Print the API's data as JSON (for scripts) instead of tables.", Recursive = true };

    public Option<string?> Url { get; } = new("--url") { Description = "The silo's base URL (default: VRSS_URL, then the one 'vrssctl login' stored).", Recursive = true };
}
