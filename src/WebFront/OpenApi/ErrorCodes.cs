using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.OpenApi;

/// <summary>The closed list of error codes in the document: every code, its name and its HTTP status (<see cref="ErrorStatus"/>).</summary>
public static class ErrorCodes
{
    /// <summary>Every code of the wire, ascending.</summary>
    public static IReadOnlyList<ErrorCode> All { get; } = [.. Enum.GetValues<ErrorCode>().Distinct().Order()];

    /// <summary>Every status an error envelope can have: those of the codes, and 405 (wrong method, code 1200).</summary>
    public static IReadOnlyList<int> Statuses { get; } = [.. All.Select(ErrorStatus.Of).Append(405).Distinct().Order()];

    /// <summary>The wire name of a code (<c>INVALID_INPUT</c>).</summary>
    public static string NameOf(ErrorCode code) => JsonNamingPolicy.SnakeCaseUpper.ConvertName(code.ToString());

    /// <summary>The codes an error envelope of <paramref name="status"/> may carry.</summary>
    public static IReadOnlyList<ErrorCode> Of(int status) =>
        status == 405 ? [ErrorCode.ValidationError] : [.. All.Where(c => ErrorStatus.Of(c) == status)];

    /// <summary>The schema of a code: the closed list, with names and statuses beside it.</summary>
    public static JsonObject Schema() => new()
    {
        ["type"] = "integer",
        ["description"] = "The closed list of error codes; x-vrss-codes gives each code's name and HTTP status.",
        ["enum"] = Codes(All),
        ["x-vrss-codes"] = new JsonArray([.. All.Select(c => (JsonNode)new JsonObject
        {
            ["code"] = (int)c,
            ["name"] = NameOf(c),
            ["status"] = ErrorStatus.Of(c),
        })]),
    };

    /// <summary>The error envelope; with a status, only the codes of that status.</summary>
    public static JsonObject Envelope(int? status) => new()
    {
        ["type"] = "object",
        ["required"] = new JsonArray("success", "error", "metadata"),
        ["properties"] = new JsonObject
        {
            ["success"] = new JsonObject { ["const"] = false },
            ["error"] = new JsonObject
            {
                ["type"] = "object",
                ["required"] = new JsonArray("code", "message"),
                ["properties"] = new JsonObject
                {
                    ["code"] = status is { } s ? new JsonObject { ["type"] = "integer", ["enum"] = Codes(Of(s)) } : OpenApiDocumentBuilder.Ref("ErrorCode"),
                    ["message"] = new JsonObject { ["type"] = "string" },
                    ["details"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["description"] = "field names the input field at fault; policy and retryAfter come with 429.",
                        ["additionalProperties"] = new JsonObject { ["type"] = "string" },
                    },
                },
            },
            ["metadata"] = OpenApiDocumentBuilder.Ref("Metadata"),
        },
    };

    /// <summary>What a status means, with its codes.</summary>
    public static string Describe(int status)
    {
        var codes = string.Join(", ", Of(status).Select(c => ((int)c).ToString(CultureInfo.InvariantCulture) + " " + NameOf(c)));
        return status == 405 ? "Not POST: " + codes + "." : "Error: " + codes + ".";
    }

    private static JsonArray Codes(IEnumerable<ErrorCode> codes) => new([.. codes.Select(c => (JsonNode)JsonValue.Create((int)c))]);
}
