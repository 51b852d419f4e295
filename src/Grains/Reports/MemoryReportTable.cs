namespace Vrss.Grains.Reports;

/// <summary>The <c>reports</c> table of the Memory provider.</summary>
internal sealed class MemoryReportTable
{
    public Lock Gate { get; } = new();

    public Dictionary<string, ReportRecord> Rows { get; } = new(StringComparer.Ordinal);
}
