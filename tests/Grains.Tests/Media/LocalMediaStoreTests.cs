using System.Net;
using Microsoft.Extensions.Options;
using Vrss.Grains.Media.Storage;

namespace Vrss.Grains.Tests.Media;

/// <summary>The Local provider on a temporary folder; its signed upload tokens are checked here directly.</summary>
public sealed class LocalMediaStoreTests : MediaStoreTests, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("vrss-media-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    protected override Task<IMediaStore> CreateStoreAsync() => Task.FromResult<IMediaStore>(CreateLocal());

    protected override async Task<HttpStatusCode> PutAsync(IMediaStore store, UploadTarget target, byte[] bytes, string contentType)
    {
        var result = await ((LocalMediaStore)store).WriteUploadAsync(TokenOf(target), contentType, new MemoryStream(bytes), CancellationToken.None);
        return result switch
        {
            LocalUploadResult.Stored => HttpStatusCode.OK,
            LocalUploadResult.InvalidToken or LocalUploadResult.Expired => HttpStatusCode.Forbidden,
            LocalUploadResult.TooLarge => HttpStatusCode.RequestEntityTooLarge,
            _ => HttpStatusCode.BadRequest,
        };
    }

    [Fact]
    public async Task TamperedToken_IsRefused()
    {
        var store = CreateLocal();
        var target = await store.CreateUploadAsync("media/u/m/x.png", "image/png", 100, DateTimeOffset.UtcNow.AddHours(1), CancellationToken.None);
        var token = TokenOf(target);
        var tampered = token[..5] + (token[5] == 'A' ? 'B' : 'A') + token[6..];

        Assert.Equal(LocalUploadResult.InvalidToken, await store.WriteUploadAsync(tampered, "image/png", new MemoryStream(s_png), CancellationToken.None));
        Assert.Equal(LocalUploadResult.InvalidToken, await store.WriteUploadAsync("not-a-token", "image/png", new MemoryStream(s_png), CancellationToken.None));
    }

    [Fact]
    public async Task TokenFromAnotherKey_IsRefused()
    {
        var ours = CreateLocal();
        var theirs = CreateLocal();
        var target = await theirs.CreateUploadAsync("media/u/m/x.png", "image/png", 100, DateTimeOffset.UtcNow.AddHours(1), CancellationToken.None);

        Assert.Equal(LocalUploadResult.InvalidToken, await ours.WriteUploadAsync(TokenOf(target), "image/png", new MemoryStream(s_png), CancellationToken.None));
    }

    [Fact]
    public async Task WrongContentTypeOrTooManyBytes_AreRefusedAndStoreNothing()
    {
        var store = CreateLocal();
        var target = await store.CreateUploadAsync("media/u/m/y.png", "image/png", s_png.Length, DateTimeOffset.UtcNow.AddHours(1), CancellationToken.None);

        Assert.Equal(LocalUploadResult.WrongContentType, await store.WriteUploadAsync(TokenOf(target), "text/html", new MemoryStream(s_png), CancellationToken.None));
        Assert.Equal(LocalUploadResult.TooLarge, await store.WriteUploadAsync(TokenOf(target), "image/png", new MemoryStream([.. s_png, 0]), CancellationToken.None));
        Assert.Null(await store.HeadAsync("media/u/m/y.png", CancellationToken.None));
        Assert.Empty(Directory.GetFiles(_folder, "*.part", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task KeyOutsideTheFolder_IsRejected()
    {
        var store = CreateLocal();
        await Assert.ThrowsAsync<ArgumentException>(() => store.HeadAsync("../outside.png", CancellationToken.None));
    }

    private LocalMediaStore CreateLocal() =>
        new(Options.Create(new MediaOptions { Local = new LocalMediaOptions { DataPath = _folder } }), TimeProvider.System);

    private static string TokenOf(UploadTarget target) => target.Url[(target.Url.LastIndexOf('/') + 1)..];
}
