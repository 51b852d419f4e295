namespace Vrss.Grains.Accounts;

/// <summary>The Memory provider's email changes and exports (keyed by token hash in hex, and by export id).</summary>
internal sealed class MemoryAccountTables
{
    public Lock Gate { get; } = new();

    public Dictionary<string, EmailChangeRecord> EmailChanges { get; } = new(StringComparer.Ordinal);

    public HashSet<string> UsedEmailChanges { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, ExportRecord> Exports { get; } = new(StringComparer.Ordinal);
}
