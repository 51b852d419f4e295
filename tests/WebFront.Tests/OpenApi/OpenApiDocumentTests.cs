using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Vrss.WebFront.RateLimits;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Tests.OpenApi;

/// <summary><c>GET /api/openapi.json</c> describes exactly the procedure table the silo dispatches with.</summary>
public sealed class OpenApiDocumentTests
{
    [Fact]
    public async Task TheDocument_IsOpenApi31_AndHasEveryRegisteredProcedure_WithItsAuthAndRateLimits()
    {
        await using var cluster = await ContractCluster.StartAsync();
        var document = JsonNode.Parse(await ContractCluster.DocumentAsync(cluster))!.AsObject();
        var registry = cluster.Silos[0].Services.GetRequiredService<RpcProcedureRegistry>();
        var limits = cluster.Silos[0].Services.GetRequiredService<IOptions<RateLimitOptions>>().Value;

        Assert.Equal("3.1.0", (string?)document["openapi"]);
        var schemas = document["components"]!["schemas"]!.AsObject();
        var mapping = schemas["RpcRequest"]!["discriminator"]!["mapping"]!.AsObject();
        Assert.Equal(registry.Names, mapping.Select(m => m.Key).Order(StringComparer.Ordinal));
        Assert.Equal(registry.Names.Count, schemas["RpcRequest"]!["oneOf"]!.AsArray().Count);
        foreach (var name in registry.Names)
        {
            registry.TryGet(name, out var procedure);
            var member = schemas["request." + name]!;
            Assert.Equal(name, (string?)member["properties"]!["procedure"]!["const"]);
            var input = member["properties"]!["input"]!;
            Assert.Equal("#/components/schemas/input." + name, (string?)(input["$ref"] ?? input["anyOf"]![0]!["$ref"]));
            Assert.Equal("#/components/schemas/output." + name, (string?)member["x-vrss-response"]!["$ref"]);
            Assert.NotNull(schemas["input." + name]);
            Assert.NotNull(schemas["output." + name]);
            Assert.Equal(procedure.RequiresSession ? "session" : "public", (string?)member["x-vrss-auth"]);
            var declared = member["x-vrss-rate-limit"]!.AsArray();
            Assert.Equal(procedure.RateLimitPolicyNames, declared.Select(l => (string)l!["policy"]!));
            foreach (var limit in declared)
            {
                var rule = limits.Policies[(string)limit!["policy"]!];
                Assert.Equal(rule.Limit, (int)limit["limit"]!);
                Assert.Equal((long)rule.Window.TotalSeconds, (long)limit["windowSeconds"]!);
            }
        }

        // The configured limits, not the defaults: the test cluster raised them.
        Assert.Equal(1_000_000, (int)schemas["request.post.create"]!["x-vrss-rate-limit"]![0]!["limit"]!);
    }

    [Fact]
    public async Task Inputs_StateWhatTheValidatorEnforces_AndOutputs_WhatTheSerializerWrites()
    {
        await using var cluster = await ContractCluster.StartAsync();
        var schemas = JsonNode.Parse(await ContractCluster.DocumentAsync(cluster))!["components"]!["schemas"]!;

        var register = schemas["input.auth.register"]!;
        Assert.Equal(["username", "email", "password"], register["required"]!.AsArray().Select(r => (string)r!));
        Assert.Equal(3, (int)register["properties"]!["username"]!["minLength"]!);
        Assert.Equal(30, (int)register["properties"]!["username"]!["maxLength"]!);
        Assert.Equal("^[A-Za-z0-9_]{3,30}$", (string?)register["properties"]!["username"]!["pattern"]);
        Assert.Equal(12, (int)register["properties"]!["password"]!["minLength"]!);

        var create = schemas["input.post.create"]!;
        Assert.Equal(
            ["text_short", "text_long", "image", "video", "audio", "gallery"],
            create["properties"]!["type"]!["enum"]!.AsArray().Select(v => (string)v!));
        Assert.Equal(10, (int)create["properties"]!["mediaIds"]!["maxItems"]!);
        Assert.Contains("text_short: content 1-500", (string?)create["description"], StringComparison.Ordinal);
        Assert.Equal(["public", "followers", "private", "connections", null], create["properties"]!["visibility"]!["enum"]!.AsArray().Select(v => (string?)v));

        var page = schemas["input.feed.getHome"]!["properties"]!;
        Assert.Equal(1, (int)page["limit"]!["minimum"]!);
        Assert.Equal(100, (int)page["limit"]!["maximum"]!);

        // Times are ISO strings, enums their wire names, a property written only when set is not required.
        var post = schemas["output.post.getById"]!["properties"]!["post"]!;
        Assert.Equal("date-time", (string?)post["properties"]!["createdAt"]!["format"]);
        Assert.DoesNotContain("updatedAt", post["required"]!.AsArray().Select(r => (string?)r));
        Assert.Contains("createdAt", post["required"]!.AsArray().Select(r => (string?)r));
        Assert.Equal(["public", "followers", "private", "connections"], post["properties"]!["visibility"]!["enum"]!.AsArray().Select(v => (string?)v));
    }

    [Fact]
    public async Task Errors_AreTheClosedListOfCodes_EachUnderItsStatus_AndTheStreamEventsAreDescribed()
    {
        await using var cluster = await ContractCluster.StartAsync();
        var document = JsonNode.Parse(await ContractCluster.DocumentAsync(cluster))!;
        var schemas = document["components"]!["schemas"]!;

        var codes = schemas["ErrorCode"]!["enum"]!.AsArray().Select(c => (int)c!).ToList();
        Assert.Equal(Enum.GetValues<ErrorCode>().Select(c => (int)c).Distinct().Order(), codes);
        Assert.Equal([1500, 1501], schemas["ErrorEnvelope.429"]!["properties"]!["error"]!["properties"]!["code"]!["enum"]!.AsArray().Select(c => (int)c!));
        var responses = document["paths"]!["/api/rpc"]!["post"]!["responses"]!.AsObject().Select(r => r.Key).ToList();
        Assert.Equal(["200", "400", "401", "403", "404", "405", "409", "413", "429", "500", "503"], responses);

        var events = document["paths"]!["/api/stream"]!["get"]!["x-vrss-events"]!.AsObject().Select(e => e.Key).ToList();
        Assert.Equal(["notification", "feed.update", "post.delete", "reset", "stream.closed"], events);
        Assert.Equal(
            ["too_many_streams", "session_revoked", "session_expired"],
            schemas["event.stream.closed"]!["properties"]!["reason"]!["enum"]!.AsArray().Select(r => (string?)r));
    }
}
