namespace Vrss.Cluster.Tests.Backups;

/// <summary>What a script run answered.</summary>
/// <param name="ExitCode">The exit status.</param>
/// <param name="Output">Standard output.</param>
/// <param name="Error">Standard error.</param>
internal sealed record ScriptResult(int ExitCode, string Output, string Error)
{
    /// <summary>Throws with everything the script printed unless it succeeded.</summary>
    public ScriptResult EnsureSuccess()
    {
        if (ExitCode != 0)
        {
            throw new InvalidOperationException($"The script failed ({ExitCode}):{Environment.NewLine}{Error}{Output}");
        }

        return this;
    }

    public override string ToString() => $"exit {ExitCode}{Environment.NewLine}{Output}{Error}";
}
