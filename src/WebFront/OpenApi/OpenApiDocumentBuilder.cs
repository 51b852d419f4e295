using System.Text.Json;
using System.Text.Json.Nodes;
using Vrss.GrainInterfaces.Events;
using Vrss.WebFront.Events;
using Vrss.WebFront.RateLimits;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.OpenApi;

/// <summary>
/// Writes the OpenAPI 3.1 document of the wire contract from the procedure table that dispatches calls, so that the
/// two cannot disagree. OpenAPI describes endpoints, and VRSS has one: the procedures are the members of the request
/// body's <c>oneOf</c> (discriminated by <c>procedure</c>), and what OpenAPI has no words for (which answer goes with
/// which request, the session requirement and the rate limits of each procedure) is said in <c>x-vrss-*</c> extensions.
/// </summary>
public static class OpenApiDocumentBuilder
{
    /// <summary>The version of the document's format.</summary>
    public const string OpenApiVersion = "3.1.0";

    private const string Schemas = "#/components/schemas/";

    /// <summary>Builds the document.</summary>
    public static JsonObject Build(RpcProcedureRegistry registry, RateLimitOptions rateLimits, JsonSerializerOptions json)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(rateLimits);
        var schemas = new JsonObject();
        var members = new JsonArray();
        var mapping = new JsonObject();
        foreach (var name in registry.Names)
        {
            registry.TryGet(name, out var procedure);
            schemas["input." + name] = RpcSchemas.Input(procedure.InputType, json);
            schemas["output." + name] = RpcSchemas.Output(procedure.OutputType, json);
            schemas["request." + name] = Request(procedure, rateLimits);
            members.Add(Ref("request." + name));
            mapping[name] = Schemas + "request." + name;
        }

        schemas["RpcRequest"] = new JsonObject
        {
            ["description"] = "The request envelope; its procedure names the member, and so the input's schema.",
            ["oneOf"] = members,
            ["discriminator"] = new JsonObject { ["propertyName"] = "procedure", ["mapping"] = mapping },
        };
        schemas["RpcContext"] = new JsonObject
        {
            ["type"] = "object",
            ["description"] = "Optional information about the call: ids for logs, and an idempotency key.",
            ["properties"] = new JsonObject
            {
                ["correlationId"] = new JsonObject { ["type"] = "string" },
                ["clientVersion"] = new JsonObject { ["type"] = "string" },
                ["idempotencyKey"] = new JsonObject
                {
                    ["type"] = "string",
                    ["minLength"] = 1,
                    ["maxLength"] = RpcRequestReader.MaxIdempotencyKeyLength,
                    ["pattern"] = "^[A-Za-z0-9._:-]+$",
                    ["description"] = "Makes a repeat of a procedure marked x-vrss-idempotent answer the first answer instead of running again "
                        + "(per signed-in user, for 24 hours); ignored by the other procedures. See docs/API.md, \"Idempotency keys\".",
                },
            },
        };
        schemas["Metadata"] = new JsonObject
        {
            ["type"] = "object",
            ["required"] = new JsonArray("timestamp", "requestId"),
            ["properties"] = new JsonObject
            {
                ["timestamp"] = new JsonObject { ["type"] = "integer", ["description"] = "Unix time in milliseconds." },
                ["requestId"] = new JsonObject { ["type"] = "string", ["description"] = "Equals the X-Request-Id header." },
            },
        };
        schemas["SuccessEnvelope"] = new JsonObject
        {
            ["type"] = "object",
            ["description"] = "A successful answer; data has the schema named by the procedure's x-vrss-response.",
            ["required"] = new JsonArray("success", "data", "metadata"),
            ["properties"] = new JsonObject
            {
                ["success"] = new JsonObject { ["const"] = true },
                ["data"] = new JsonObject(),
                ["metadata"] = Ref("Metadata"),
            },
        };
        schemas["ErrorCode"] = ErrorCodes.Schema();
        schemas["ErrorEnvelope"] = ErrorCodes.Envelope(null);
        foreach (var status in ErrorCodes.Statuses)
        {
            schemas["ErrorEnvelope." + status] = ErrorCodes.Envelope(status);
        }

        StreamEvents.AddSchemas(schemas, json);
        return new JsonObject
        {
            ["openapi"] = OpenApiVersion,
            ["info"] = new JsonObject
            {
                ["title"] = "VRSS API",
                ["version"] = "1",
                ["description"] = "Every call is a POST of an envelope to /api/rpc; each procedure is a member of the request body's oneOf, "
                    + "discriminated by procedure. See docs/API.md for the prose contract.",
                ["license"] = new JsonObject { ["name"] = "Proprietary", ["url"] = "https://example.invalid/vrss/license" },
            },
            ["servers"] = new JsonArray(new JsonObject { ["url"] = "/" }),
            ["security"] = new JsonArray(),
            ["tags"] = new JsonArray(
                new JsonObject { ["name"] = "rpc", ["description"] = "The procedure call endpoint." },
                new JsonObject { ["name"] = "stream", ["description"] = "Live events of the signed-in user." },
                new JsonObject { ["name"] = "contract", ["description"] = "This document." }),
            ["paths"] = new JsonObject
            {
                [RpcEndpoint.Path] = new JsonObject { ["post"] = RpcOperation() },
                [EventStreamEndpoint.Path] = new JsonObject { ["get"] = StreamEvents.Operation() },
                [OpenApiEndpoint.Path] = new JsonObject { ["get"] = DocumentOperation() },
            },
            ["components"] = new JsonObject
            {
                ["schemas"] = schemas,
                ["securitySchemes"] = new JsonObject
                {
                    ["sessionCookie"] = new JsonObject
                    {
                        ["type"] = "apiKey",
                        ["in"] = "cookie",
                        ["name"] = "vrss_session",
                        ["description"] = "Set by auth.register and auth.login.",
                    },
                    ["bearer"] = new JsonObject
                    {
                        ["type"] = "http",
                        ["scheme"] = "bearer",
                        ["description"] = "The sessionToken that auth.register and auth.login answer.",
                    },
                },
                ["headers"] = Headers(),
            },
        };
    }

    /// <summary>A reference to a schema of the document.</summary>
    public static JsonObject Ref(string schema) => new() { ["$ref"] = Schemas + schema };

    private static JsonObject Request(IRpcProcedure procedure, RateLimitOptions rateLimits)
    {
        // An absent or null input is read as {}: the procedures without required fields take it, the others answer 1202.
        JsonObject input = Ref("input." + procedure.Name);
        var required = new JsonArray("procedure");
        if (RpcSchemas.Input(procedure.InputType, RpcJson.CreateOptions())["required"] is JsonArray { Count: > 0 })
        {
            required.Add("input");
        }
        else
        {
            input = new JsonObject { ["anyOf"] = new JsonArray(input, new JsonObject { ["type"] = "null" }) };
        }

        var limits = new JsonArray();
        foreach (var policy in procedure.RateLimitPolicyNames)
        {
            if (rateLimits.Policies.TryGetValue(policy, out var rule))
            {
                limits.Add(new JsonObject
                {
                    ["policy"] = policy,
                    ["limit"] = rule.Limit,
                    ["windowSeconds"] = (long)rule.Window.TotalSeconds,
                });
            }
        }

        return new JsonObject
        {
            ["type"] = "object",
            ["title"] = procedure.Name,
            ["required"] = required,
            ["properties"] = new JsonObject
            {
                ["procedure"] = new JsonObject { ["type"] = "string", ["const"] = procedure.Name },
                ["input"] = input,
                ["context"] = Ref("RpcContext"),
            },
            ["x-vrss-response"] = Ref("output." + procedure.Name),
            ["x-vrss-auth"] = procedure.RequiresSession ? "session" : "public",
            ["x-vrss-rate-limit"] = limits,
            ["x-vrss-idempotent"] = procedure.Idempotent,
            ["x-vrss-role"] = procedure.RequiredRole switch
            {
                Vrss.GrainInterfaces.Moderation.AccountRole.Admin => "admin",
                Vrss.GrainInterfaces.Moderation.AccountRole.Moderator => "moderator",
                _ => "member",
            },
        };
    }

    private static JsonObject RpcOperation()
    {
        var responses = new JsonObject
        {
            ["200"] = new JsonObject
            {
                ["description"] = "Success; data has the schema of the procedure's x-vrss-response.",
                ["headers"] = ResponseHeaders(),
                ["content"] = Json(Ref("SuccessEnvelope")),
            },
        };
        foreach (var status in ErrorCodes.Statuses)
        {
            responses[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] = new JsonObject
            {
                ["description"] = ErrorCodes.Describe(status),
                ["headers"] = ResponseHeaders(),
                ["content"] = Json(Ref("ErrorEnvelope." + status)),
            };
        }

        return new JsonObject
        {
            ["operationId"] = "rpc",
            ["tags"] = new JsonArray("rpc"),
            ["summary"] = "Calls a procedure",
            ["description"] = "A procedure whose x-vrss-auth is session answers 401 / 1000 without a valid session (cookie or bearer). "
                + "x-vrss-rate-limit lists the policies that may refuse it (429); a session token that is not a live session also counts "
                + "under policy auth.session per IP, on any request. Unknown fields of input are ignored. A procedure whose "
                + "x-vrss-idempotent is true honours context.idempotencyKey: a repeat answers the first answer (header Idempotent-Replayed), "
                + "400 / 1404 when the key named another call, 409 / 1405 while the first call still runs. "
                + "x-vrss-role is the least role the caller needs (member, moderator, admin; an admin may do what a moderator may): "
                + "a lower role answers 403 / 1101.",
            ["security"] = new JsonArray(
                new JsonObject { ["sessionCookie"] = new JsonArray() },
                new JsonObject { ["bearer"] = new JsonArray() },
                new JsonObject()),
            ["requestBody"] = new JsonObject { ["required"] = true, ["content"] = Json(Ref("RpcRequest")) },
            ["responses"] = responses,
        };
    }

    private static JsonObject DocumentOperation() => new()
    {
        ["operationId"] = "openapi",
        ["tags"] = new JsonArray("contract"),
        ["summary"] = "This document",
        ["security"] = new JsonArray(new JsonObject()),
        ["responses"] = new JsonObject
        {
            ["200"] = new JsonObject
            {
                ["description"] = "The OpenAPI 3.1 document of the API.",
                ["content"] = Json(new JsonObject { ["type"] = "object" }),
            },
        },
    };

    /// <summary>An <c>application/json</c> content map.</summary>
    public static JsonObject Json(JsonObject schema) => new() { ["application/json"] = new JsonObject { ["schema"] = schema } };

    /// <summary>The headers of every answer.</summary>
    public static JsonObject ResponseHeaders() => new()
    {
        ["X-Request-Id"] = new JsonObject { ["$ref"] = "#/components/headers/X-Request-Id" },
        ["X-RateLimit-Limit"] = new JsonObject { ["$ref"] = "#/components/headers/X-RateLimit-Limit" },
        ["X-RateLimit-Remaining"] = new JsonObject { ["$ref"] = "#/components/headers/X-RateLimit-Remaining" },
        ["X-RateLimit-Reset"] = new JsonObject { ["$ref"] = "#/components/headers/X-RateLimit-Reset" },
        ["Retry-After"] = new JsonObject { ["$ref"] = "#/components/headers/Retry-After" },
    };

    private static JsonObject Headers()
    {
        static JsonObject Header(string description, string type, bool required = false) => new()
        {
            ["description"] = description,
            ["required"] = required,
            ["schema"] = new JsonObject { ["type"] = type },
        };

        return new JsonObject
        {
            ["X-Request-Id"] = Header("The request id (also metadata.requestId).", "string", required: true),
            ["X-RateLimit-Limit"] = Header("The limit of the policy that counted the call.", "integer"),
            ["X-RateLimit-Remaining"] = Header("Calls left in the window.", "integer"),
            ["X-RateLimit-Reset"] = Header("When the window resets (Unix seconds).", "integer"),
            ["Retry-After"] = Header("Seconds to wait (on 429).", "integer"),
        };
    }

    internal static JsonArray CloseReasons() =>
        new(StreamCloseReasons.TooManyStreams, StreamCloseReasons.SessionRevoked, StreamCloseReasons.SessionExpired);
}
