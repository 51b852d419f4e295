using System.Text;
using System.Text.Json;
using Vrss.Testing.EndToEnd;

namespace Vrss.WebFront.Tests.Idempotency;

/// <summary>Calls carrying <c>context.idempotencyKey</c>, as a PWA's outbox sends them.</summary>
internal static class KeyedCalls
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    public static Task<RpcResponse> CallKeyedAsync(this RpcClient client, string procedure, object input, object key)
    {
        var body = JsonSerializer.Serialize(new { procedure, input, context = new { idempotencyKey = key } }, s_json);
        return client.PostAsync(new StringContent(body, Encoding.UTF8, "application/json"));
    }

    /// <summary>Sends a hand-written body (to vary member order and spacing).</summary>
    public static Task<RpcResponse> CallRawAsync(this RpcClient client, string body) =>
        client.PostAsync(new StringContent(body, Encoding.UTF8, "application/json"));

    public static async Task<List<JsonElement>> PostsOfAsync(this RpcClient client, string username) =>
        [.. (await client.CallAsync("post.getByUser", new { username, limit = 100 })).AssertSuccess().GetProperty("items").EnumerateArray()];

    public static async Task<List<JsonElement>> CommentsOfAsync(this RpcClient client, string postId) =>
        [.. (await client.CallAsync("post.getComments", new { postId, limit = 100 })).AssertSuccess().GetProperty("items").EnumerateArray()];
}
