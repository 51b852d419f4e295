using System.Diagnostics;
using k8s;
using k8s.Models;

namespace Vrss.Deploy.Tests;

/// <summary>
/// The kustomize base as Kubernetes would receive it: rendered by <c>kubectl kustomize</c> (offline) and every
/// document loaded by the Kubernetes client's strict loader, which rejects unknown fields and wrong types.
/// </summary>
internal static class Kustomize
{
    private static readonly Lazy<IReadOnlyList<object>> s_base = new(() => LoadStrict(Render("deploy/k8s")));

    /// <summary>Every object the base renders to, typed (<see cref="V1Deployment"/>, <see cref="V1Service"/>, ...).</summary>
    public static IReadOnlyList<object> Base => s_base.Value;

    public static T Single<T>() => Assert.Single(Base.OfType<T>());

    public static IReadOnlyList<object> LoadStrict(string yaml) => KubernetesYaml.LoadAllFromString(yaml, typeMap: null, strict: true);

    /// <summary>Runs <c>kubectl kustomize</c>; a missing kubectl or a failed render fails the test with its output.</summary>
    public static string Render(string relativeFolder)
    {
        var start = new ProcessStartInfo("kubectl", ["kustomize", RepositoryFiles.PathOf(relativeFolder)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("kubectl did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("kubectl is not installed: the Kubernetes manifests cannot be rendered (README, \"Operating VRSS\").", e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
            {
                process.Kill();
                throw new TimeoutException("kubectl kustomize did not finish in 60 s.");
            }

            return process.ExitCode == 0
                ? output.Result
                : throw new InvalidOperationException($"kubectl kustomize {relativeFolder} failed ({process.ExitCode}):\n{error.Result}\n{output.Result}");
        }
    }
}
