using Vrss.GrainInterfaces.Moderation;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Operations;

/// <summary><c>admin.getCluster</c>: the silos and activations by grain type, from Orleans' management grain.</summary>
internal sealed class GetClusterProcedure() : RpcProcedure<EmptyInput, ClusterOutput>("admin.getCluster", requiredRole: AccountRole.Admin)
{
    /// <inheritdoc />
    protected override async Task<ClusterOutput> ExecuteAsync(EmptyInput input, RpcContext context)
    {
        var management = context.Grains.GetGrain<IManagementGrain>(0);
        var hosts = await management.GetDetailedHosts(onlyActive: false).ConfigureAwait(false);
        var active = hosts.Where(h => h.Status == SiloStatus.Active).Select(h => h.SiloAddress).ToArray();
        var statistics = active.Length == 0 ? [] : await management.GetSimpleGrainStatistics(active).ConfigureAwait(false);
        var perSilo = statistics.GroupBy(s => s.SiloAddress).ToDictionary(g => g.Key, g => g.Sum(s => s.ActivationCount));
        var silos = hosts
            .OrderBy(h => h.Status == SiloStatus.Active ? 0 : 1)
            .ThenBy(h => h.SiloName, StringComparer.Ordinal)
            .Select(h => new SiloShape(
                h.SiloAddress.ToString(),
                h.SiloName ?? "",
                h.HostName ?? "",
                System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(h.Status.ToString()),
                new DateTimeOffset(DateTime.SpecifyKind(h.StartTime.Kind == DateTimeKind.Local ? h.StartTime.ToUniversalTime() : h.StartTime, DateTimeKind.Utc)),
                perSilo.GetValueOrDefault(h.SiloAddress)))
            .ToList();
        var types = statistics
            .GroupBy(s => s.GrainType, StringComparer.Ordinal)
            .Select(g => new GrainTypeShape(g.Key, g.Sum(s => s.ActivationCount), g.Where(s => s.ActivationCount > 0).Select(s => s.SiloAddress).Distinct().Count()))
            .Where(t => t.Activations > 0)
            .OrderByDescending(t => t.Activations)
            .ThenBy(t => t.GrainType, StringComparer.Ordinal)
            .ToList();
        return new ClusterOutput(silos, types, types.Sum(t => t.Activations));
    }
}
