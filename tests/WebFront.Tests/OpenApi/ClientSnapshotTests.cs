using System.Text.Json.Nodes;

namespace Vrss.WebFront.Tests.OpenApi;

/// <summary>
/// The PWA compiles against a committed copy of the document (src/Client/openapi.json, turned into TypeScript types by
/// <c>npm run api:types</c>). A server change that the copy misses would type-check in the client and fail at run time,
/// so the copy must be the document the silo serves now.
/// </summary>
public sealed class ClientSnapshotTests
{
    [Fact]
    public async Task TheClientsSnapshot_IsTheDocumentTheSiloServes()
    {
        await using var cluster = await ContractCluster.StartAsync();
        var served = WithoutConfiguredLimits(JsonNode.Parse(await ContractCluster.DocumentAsync(cluster))!);
        var snapshot = WithoutConfiguredLimits(JsonNode.Parse(File.ReadAllText(Path.Combine(NodeTools.Repository, "src", "Client", "openapi.json")))!);

        var stale = served["components"]!["schemas"]!.AsObject()
            .Where(s => !JsonNode.DeepEquals(s.Value, snapshot["components"]!["schemas"]![s.Key]))
            .Select(s => s.Key)
            .ToList();
        Assert.True(stale.Count == 0, "src/Client/openapi.json is stale (run `npm run api:types` in src/Client against a running silo): " + string.Join(", ", stale));
        Assert.True(JsonNode.DeepEquals(served, snapshot), "src/Client/openapi.json differs from the served document outside its schemas");
    }

    // The limits in the document are the configured ones (the test cluster raises them): not part of the client's types.
    private static JsonNode WithoutConfiguredLimits(JsonNode node)
    {
        if (node is JsonObject obj)
        {
            obj.Remove("x-vrss-rate-limit");
            foreach (var child in obj.Select(p => p.Value).ToList())
            {
                if (child is not null)
                {
                    WithoutConfiguredLimits(child);
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array)
            {
                if (child is not null)
                {
                    WithoutConfiguredLimits(child);
                }
            }
        }

        return node;
    }
}
