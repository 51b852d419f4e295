using k8s.Models;

namespace Vrss.Deploy.Tests;

/// <summary>deploy/k8s/secret.example.yaml, loaded strictly: the Secrets the base expects, with placeholders.</summary>
internal static class SecretExample
{
    public const string Path = "deploy/k8s/secret.example.yaml";

    public static IReadOnlyList<V1Secret> Load() =>
        Kustomize.LoadStrict(RepositoryFiles.Read(Path)).Select(o => Assert.IsType<V1Secret>(o)).ToList();

    /// <summary>Secret name to the keys it declares.</summary>
    public static Dictionary<string, HashSet<string>> Keys() =>
        Load().ToDictionary(
            s => s.Metadata.Name,
            s => (s.StringData?.Keys ?? []).Concat(s.Data?.Keys ?? []).ToHashSet(StringComparer.Ordinal));
}
