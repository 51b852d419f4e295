using System.Text.Json;
using System.Text.Json.Nodes;
using Vrss.Ctl.Api;

namespace Vrss.Ctl.Accounts;

/// <summary>Operators name users by username or id; the procedures take ids. admin.getAccount answers either.</summary>
internal static class UserResolver
{
    private const int UserNotFound = 1302;

    /// <summary>The account named by <paramref name="user"/> (a username, else an id).</summary>
    public static async Task<JsonElement> AccountAsync(ApiClient client, string user)
    {
        try
        {
            return Unwrap(await client.CallAsync("admin.getAccount", new JsonObject { ["username"] = user.TrimStart('@') }, CancellationToken.None).ConfigureAwait(false));
        }
        catch (ApiException exception) when (exception.Code is UserNotFound or 1200 or 1201 or 1203)
        {
            return Unwrap(await client.CallAsync("admin.getAccount", new JsonObject { ["userId"] = user }, CancellationToken.None).ConfigureAwait(false));
        }
    }

    /// <summary>The id of the account named by <paramref name="user"/>.</summary>
    public static async Task<string> IdOfAsync(ApiClient client, string user) =>
        (await AccountAsync(client, user).ConfigureAwait(false)).GetProperty("id").GetString()!;

    /// <summary>An answer's account, whether the answer is the account or wraps it as <c>account</c>.</summary>
    public static JsonElement Unwrap(JsonElement data) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty("account", out var account) ? account : data;
}
