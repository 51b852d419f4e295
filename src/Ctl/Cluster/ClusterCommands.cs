using System.CommandLine;

namespace Vrss.Ctl.Cluster;

/// <summary><c>vrssctl cluster</c>: silos and activations by grain type (admin.getCluster).</summary>
internal static class ClusterCommands
{
    public static Command Create(CtlEnvironment environment, GlobalOptions global) =>
        CommandRunner.Simple(
            environment,
            global,
            new Command("cluster", "Show the silos and the activations by grain type, from Orleans' management grain."),
            "admin.getCluster",
            _ => null,
            (output, data) =>
            {
                output.Table(
                    data.GetProperty("silos"),
                    ("Silo", "address"), ("Name", "name"), ("Host", "hostName"), ("Status", "status"), ("Started", "startedAt"), ("Activations", "activations"));
                output.Table(data.GetProperty("grainTypes"), ("Grain type", "grainType"), ("Activations", "activations"), ("Silos", "silos"));
                output.Message($"{data.GetProperty("totalActivations").GetInt32()} activations");
            });
}
