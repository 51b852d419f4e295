using System.Net;
using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.WebFront.Tests.Media;

/// <summary>
/// The same upload rules with the Local provider (the embedded default, Memory storage), plus what only it
/// does: the signed upload endpoint on the web front and serving media back with access control.
/// </summary>
public sealed class LocalMediaUploadTests : MediaUploadTests, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("vrss-local-media-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    protected override void ConfigureStorage(TestClusterOptions options) => options.UseMemoryStorage();

    protected override void ConfigureMedia(TestClusterOptions options)
    {
        options.Configuration["Vrss:Media:Provider"] = "Local";
        options.Configuration["Vrss:Media:Local:DataPath"] = _folder;
        options.Configuration["Vrss:Media:Local:SigningKey"] = Convert.ToBase64String(new byte[32]);
    }

    [Fact]
    public async Task CompletedMedia_IsServedToItsOwnerAsAnInertDownload_AndHiddenFromOthers()
    {
        await using var cluster = await StartMediaAsync();
        using var owner = Client(cluster);
        using var stranger = Client(cluster);
        await owner.RegisterAsync();
        await stranger.RegisterAsync();
        var bytes = MediaFiles.Jpeg(1000);
        var media = await owner.UploadAsync("photo.jpg", "image/jpeg", bytes);
        var url = media.GetProperty("url").GetString()!;

        using var response = await owner.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(bytes, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Contains("private", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Contains("sandbox", string.Join(",", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);

        using var forStranger = await stranger.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, forStranger.StatusCode);
        using var anonymous = new HttpClient { BaseAddress = owner.BaseAddress };
        using var forAnonymous = await anonymous.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, forAnonymous.StatusCode);
    }

    [Fact]
    public async Task UploadEndpoint_RefusesTamperedTokensWrongTypesAndExtraBytes()
    {
        await using var cluster = await StartMediaAsync();
        using var client = Client(cluster);
        await client.RegisterAsync();
        var bytes = MediaFiles.Png(600);
        var (mediaId, url, _) = await client.InitiateAsync("a.png", "image/png", bytes.Length);
        var tampered = url[..^3] + (url[^3] == 'A' ? "B" : "A") + url[^2..];

        using (var put = await client.PutBytesAsync(tampered, bytes, "image/png"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
        }

        using (var put = await client.PutBytesAsync(url, bytes, "text/html"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        }

        using (var put = await client.PutBytesAsync(url, MediaFiles.Png(601), "image/png"))
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, put.StatusCode);
        }

        (await client.CompleteAsync(mediaId)).AssertError(400, 1603);
    }
}
