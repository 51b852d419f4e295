namespace Vrss.Cluster.Tests;

/// <summary>
/// The tests that start silo processes through deploy/cluster.sh run one class at a time: three silos under load use
/// both cores of these machines, and the kill test, whose recovery has a deadline, failed once while the upgrade drill
/// ran beside it.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SiloProcesses
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Silo processes";
}
