using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using Vrss.GrainInterfaces.Paging;
using Vrss.GrainInterfaces.Users;
using Vrss.Grains.Media.Storage;
using Vrss.Grains.Notifications;
using Vrss.Grains.Posts;
using Vrss.Grains.Social;

namespace Vrss.Grains.Accounts;

/// <summary>
/// Builds a member's export: a zip of JSON files (account and profile, posts, comments, reactions, follows,
/// connections, notifications) and the member's media files under <c>media/</c>, written to the media store.
/// The archive is built in a temporary file, so media of any size never sit in memory.
/// </summary>
public sealed class AccountExportWriter(
    IGrainFactory grains,
    IPostRepository posts,
    IFollowRepository follows,
    IConnectionRepository connections,
    INotificationRepository notifications,
    IAccountDataRepository data,
    IMediaStore store)
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>The media-store key of an export's archive.</summary>
    public static string KeyOf(string userId, string exportId) => $"exports/{userId}/{exportId}.zip";

    /// <summary>Writes the archive of <paramref name="userId"/> to <paramref name="key"/>; answers its size.</summary>
    public async Task<long> WriteAsync(string userId, string key, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), $"vrss-export-{Guid.NewGuid():N}.zip");
        try
        {
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true))
                {
                    await AddJsonAsync(zip, "account.json", await AccountAsync(userId), cancellationToken);
                    await AddJsonAsync(zip, "posts.json", await AllAsync(c => posts.GetByAuthorAsync(userId, userId, c, PageLimit.Max)), cancellationToken);
                    await AddJsonAsync(zip, "comments.json", await data.ListCommentsAsync(userId), cancellationToken);
                    await AddJsonAsync(zip, "reactions.json", await data.ListReactionsAsync(userId), cancellationToken);
                    await AddJsonAsync(zip, "follows.json", new
                    {
                        Followers = await AllAsync(c => follows.GetFollowersAsync(userId, c, PageLimit.Max)),
                        Following = await AllAsync(c => follows.GetFollowingAsync(userId, c, PageLimit.Max)),
                    }, cancellationToken);
                    await AddJsonAsync(zip, "connections.json", new
                    {
                        Connections = await AllAsync(c => connections.GetConnectionsAsync(userId, c, PageLimit.Max)),
                        IncomingRequests = await AllAsync(c => connections.GetIncomingAsync(userId, c, PageLimit.Max)),
                    }, cancellationToken);
                    await AddJsonAsync(zip, "notifications.json", await AllAsync(c => notifications.GetAsync(userId, null, c, PageLimit.Max)), cancellationToken);
                    await AddMediaAsync(zip, userId, cancellationToken);
                }

                var size = file.Length;
                file.Position = 0;
                await store.PutAsync(key, file, "application/zip", cancellationToken);
                return size;
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    private async Task<object> AccountAsync(string userId)
    {
        var user = grains.GetGrain<IUserGrain>(userId);
        return new
        {
            Account = await user.GetAccountAsync(),
            Profile = await user.GetProfileAsync(),
            Settings = await user.GetSettingsAsync(),
        };
    }

    private async Task AddMediaAsync(ZipArchive zip, string userId, CancellationToken cancellationToken)
    {
        foreach (var key in await data.ListMediaKeysAsync(userId))
        {
            await using var content = await store.OpenReadAsync(key, cancellationToken);
            if (content is null)
            {
                // An upload never completed has a row but no object.
                continue;
            }

            // Keys are media/{user}/{media}/{file}: the archive keeps {media}/{file}.
            var name = "media/" + string.Join('/', key.Split('/').Skip(2));
            var entry = zip.CreateEntry(name, CompressionLevel.NoCompression);
            await using var target = entry.Open();
            await content.CopyToAsync(target, cancellationToken);
        }
    }

    private static async Task AddJsonAsync<T>(ZipArchive zip, string name, T value, CancellationToken cancellationToken)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        await using var target = entry.Open();
        await JsonSerializer.SerializeAsync(target, value, s_json, cancellationToken);
    }

    private static async Task<List<T>> AllAsync<T>(Func<string?, Task<Page<T>>> page)
    {
        var all = new List<T>();
        string? cursor = null;
        do
        {
            var next = await page(cursor);
            all.AddRange(next.Items);
            cursor = next.NextCursor;
        }
        while (cursor is not null);
        return all;
    }
}
