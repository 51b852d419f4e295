namespace Vrss.Grains.Tests.Reports;

/// <summary>The report repository contract on the Memory provider.</summary>
public sealed class MemoryReportRepositoryTests : ReportRepositoryTests
{
    protected override void Configure(IDictionary<string, string?> settings) => UseMemory(settings);
}
