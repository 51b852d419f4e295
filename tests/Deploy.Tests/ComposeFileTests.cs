using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;

namespace Vrss.Deploy.Tests;

/// <summary>
/// deploy/compose.yaml against the Compose Specification's JSON schema (vendored: Schemas/README.md) and against
/// VRSS's own rules: three silos behind one load balancer, shutdown within the stop grace period, silo ports
/// published nowhere, secrets from the environment only.
/// </summary>
public sealed partial class ComposeFileTests
{
    private static readonly string[] s_silos = ["silo1", "silo2", "silo3"];

    private static readonly Lazy<JsonSchema> s_schema = new(() =>
    {
        // The vendored copy names its dialect "https://json-schema.org/draft-07/schema", which JsonSchema.Net knows
        // only by its canonical id; the file stays byte-for-byte as published (Schemas/README.md) and is mapped here.
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "compose-spec.json"))
            .Replace("\"https://json-schema.org/draft-07/schema\"", "\"http://json-schema.org/draft-07/schema#\"", StringComparison.Ordinal);
        return JsonSchema.FromText(text);
    });

    [Fact]
    public void ComposeFile_IsValidAgainstTheComposeSpecification()
    {
        var result = s_schema.Value.Evaluate(JsonSerializer.SerializeToElement(ComposeFile.Document), new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, "deploy/compose.yaml does not match the Compose schema:\n" + string.Join("\n", Errors(result)));
    }

    [Fact]
    public void TheSchemaCheck_RejectsAnUnknownServiceKey()
    {
        // The schema is strict (additionalProperties: false): a typo cannot pass as valid.
        var wrong = ComposeFile.Load("services:\n  a:\n    image: x\n    helthcheck: {}\n");
        Assert.False(s_schema.Value.Evaluate(JsonSerializer.SerializeToElement(wrong)).IsValid);
    }

    [Fact]
    public void ThreeSilos_OfOneImage_BehindTheLoadBalancer()
    {
        var services = ComposeFile.Services;
        Assert.Superset(new HashSet<string>(["postgres", "minio", "lb", .. s_silos]), services.Select(s => s.Key).ToHashSet());
        foreach (var name in s_silos)
        {
            var silo = services[name]!;
            Assert.Equal("vrss/silo:dev", (string?)silo["image"]);
            Assert.Equal("Dockerfile", (string?)silo["build"]!["dockerfile"]);
            Assert.Null(silo["ports"]);
            Assert.Equal("service_healthy", (string?)silo["depends_on"]!["postgres"]!["condition"]);
            Assert.Equal("Postgres", (string?)silo["environment"]!["Vrss__Clustering__Provider"]);
            Assert.Equal(name, (string?)silo["environment"]!["Vrss__Silo__Name"]);
            Assert.Equal((string?)silo["networks"]!["silo"]!["ipv4_address"], (string?)silo["environment"]!["Vrss__Silo__AdvertisedAddress"]);
        }

        // nginx balances over exactly these silos' web ports.
        var upstream = Upstream().Matches(RepositoryFiles.Read("deploy/compose/nginx.conf")).Select(m => m.Groups[1].Value).Order().ToList();
        Assert.Equal(s_silos.Select(s => $"{s}:8080"), upstream);
        Assert.Single(ComposeFile.Services["lb"]!["ports"]!.AsArray());
    }

    [Fact]
    public void StopGracePeriod_ExceedsTheSilosShutdownTimeout()
    {
        foreach (var name in s_silos)
        {
            var silo = ComposeFile.Services[name]!;
            var configured = (string?)silo["environment"]!["Vrss__Silo__ShutdownTimeout"];
            var shutdown = configured is null ? Vrss.Silo.Hosting.SiloBuilderExtensions.DefaultShutdownTimeout : TimeSpan.Parse(configured, CultureInfo.InvariantCulture);
            var grace = Duration((string)silo["stop_grace_period"]!);
            Assert.True(grace > shutdown, $"{name}: stop_grace_period {grace} must exceed the shutdown timeout {shutdown}");
        }
    }

    [Fact]
    public void SiloNetwork_IsInternal_AndHoldsOnlySilos()
    {
        // Plain-text silo traffic (AllowPlaintext) is acceptable only where nothing but silos can reach the port.
        Assert.True((bool?)ComposeFile.Document["networks"]!["silo"]!["internal"]);
        foreach (var (name, service) in ComposeFile.Services)
        {
            var networks = service!["networks"];
            var onSiloNetwork = networks is JsonObject map ? map.ContainsKey("silo") : networks is JsonArray list && list.Any(n => (string?)n == "silo");
            Assert.Equal(s_silos.Contains(name), onSiloNetwork);
            if ((string?)service["environment"]?["Vrss__Silo__AllowPlaintext"] == "true")
            {
                Assert.Contains(name, s_silos);
            }
        }
    }

    [Fact]
    public void Secrets_ComeFromTheEnvironment()
    {
        foreach (var (name, service) in ComposeFile.Services)
        {
            if (service!["environment"] is not JsonObject environment)
            {
                continue;
            }

            foreach (var (key, value) in environment)
            {
                if (SecretName().IsMatch(key))
                {
                    Assert.Matches(@"^\$\{[A-Z0-9_]+:\?", (string?)value);
                }
            }
        }
    }

    private static TimeSpan Duration(string compose)
    {
        var match = ComposeDuration().Match(compose);
        Assert.True(match.Success, $"not a compose duration: {compose}");
        var unit = match.Groups[2].Value;
        var amount = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return unit switch
        {
            "ms" => TimeSpan.FromMilliseconds(amount),
            "s" => TimeSpan.FromSeconds(amount),
            "m" => TimeSpan.FromMinutes(amount),
            _ => TimeSpan.FromHours(amount),
        };
    }

    private static IEnumerable<string> Errors(EvaluationResults results) =>
        (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"));

    [GeneratedRegex(@"^\s*server\s+(\S+:\d+)\s", RegexOptions.Multiline)]
    private static partial Regex Upstream();

    [GeneratedRegex("PASSWORD|SECRET|ACCESS_?KEY|SecretKey|AccessKey", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();

    [GeneratedRegex(@"^(\d+(?:\.\d+)?)(ms|s|m|h)$")]
    private static partial Regex ComposeDuration();
}
