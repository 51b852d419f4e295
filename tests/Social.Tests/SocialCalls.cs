using System.Text.Json;
using Vrss.Testing.EndToEnd;

namespace Vrss.Social.Tests;

/// <summary>The calls the social tests make over and over, through the RPC envelope like any client.</summary>
public static class SocialCalls
{
    public static async Task<JsonElement> PostAsync(this Member member, string content, string visibility = "public", string type = "text_short")
    {
        ArgumentNullException.ThrowIfNull(member);
        var response = await member.Client.CallAsync("post.create", new { type, content, visibility });
        return response.AssertSuccess().GetProperty("post");
    }

    public static async Task FollowAsync(this Member member, Member followee)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(followee);
        (await member.Client.CallAsync("social.follow", new { username = followee.Username })).AssertSuccess();
    }

    public static async Task UnfollowAsync(this Member member, Member followee)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(followee);
        (await member.Client.CallAsync("social.unfollow", new { userId = followee.Id })).AssertSuccess();
    }

    public static Task<RpcResponse> HomeAsync(this Member member, int limit = 20, string? cursor = null)
    {
        ArgumentNullException.ThrowIfNull(member);
        return member.Client.CallAsync("feed.getHome", new { cursor, limit });
    }

    /// <summary>The post ids of the whole home feed, walking every page.</summary>
    public static async Task<List<string>> HomeIdsAsync(this Member member, int pageSize = 20) =>
        Ids(await AllPagesAsync(cursor => member.HomeAsync(pageSize, cursor)));

    public static async Task<JsonElement> ProfileAsync(this RpcClient client, string username)
    {
        ArgumentNullException.ThrowIfNull(client);
        return (await client.CallAsync("user.getProfile", new { username })).AssertSuccess().GetProperty("profile");
    }

    /// <summary>Walks a paginated list to its end; <paramref name="between"/> runs after each page.</summary>
    public static async Task<List<JsonElement>> AllPagesAsync(Func<string?, Task<RpcResponse>> page, Func<int, Task>? between = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        var items = new List<JsonElement>();
        string? cursor = null;
        for (var n = 0; n < 1000; n++)
        {
            var data = (await page(cursor)).AssertSuccess();
            items.AddRange(data.GetProperty("items").EnumerateArray());
            var next = data.GetProperty("nextCursor");
            if (next.ValueKind == JsonValueKind.Null)
            {
                return items;
            }

            cursor = next.GetString();
            if (between is not null)
            {
                await between(n);
            }
        }

        throw new InvalidOperationException("The list did not end after 1000 pages.");
    }

    public static string Id(this JsonElement item) => item.GetProperty("id").GetString()!;

    public static List<string> Ids(IEnumerable<JsonElement> items) => [.. items.Select(Id)];

    public static List<string> ItemIds(this RpcResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return Ids(response.AssertSuccess().GetProperty("items").EnumerateArray());
    }

    public static long Count(this JsonElement profile, string counter) => profile.GetProperty(counter).GetInt64();
}
