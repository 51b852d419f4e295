using System.Net;
using Microsoft.Extensions.Options;
using Vrss.Grains.Media.Storage;

namespace Vrss.Grains.Tests.Media;

/// <summary>
/// The Local provider on a temporary folder; its signed upload tokens, its staging of bodies and the move to the
/// final key are checked here directly (the upload session that decides on the move is tested over HTTP).
/// </summary>
public sealed class LocalMediaStoreTests : MediaStoreTests, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("vrss-media-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    protected override Task<IMediaStore> CreateStoreAsync() => Task.FromResult<IMediaStore>(CreateLocal());

    protected override async Task<HttpStatusCode> PutAsync(IMediaStore store, UploadTarget target, byte[] bytes, string contentType)
    {
        var result = await PutLocalAsync((LocalMediaStore)store, TokenOf(target), contentType, new MemoryStream(bytes));
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

        Assert.Equal(LocalUploadResult.InvalidToken, await PutLocalAsync(store, tampered, "image/png", new MemoryStream(s_png)));
        Assert.Equal(LocalUploadResult.InvalidToken, await PutLocalAsync(store, "not-a-token", "image/png", new MemoryStream(s_png)));
    }

    [Fact]
    public async Task TokenFromAnotherKey_IsRefused()
    {
        var ours = CreateLocal();
        var theirs = CreateLocal();
        var target = await theirs.CreateUploadAsync("media/u/m/x.png", "image/png", 100, DateTimeOffset.UtcNow.AddHours(1), CancellationToken.None);

        Assert.Equal(LocalUploadResult.InvalidToken, await PutLocalAsync(ours, TokenOf(target), "image/png", new MemoryStream(s_png)));
    }

    [Fact]
    public async Task WrongContentTypeOrTooManyBytes_AreRefusedAndStoreNothing()
    {
        var store = CreateLocal();
        var target = await store.CreateUploadAsync("media/u/m/y.png", "image/png", s_png.Length, DateTimeOffset.UtcNow.AddHours(1), CancellationToken.None);

        Assert.Equal(LocalUploadResult.WrongContentType, await PutLocalAsync(store, TokenOf(target), "text/html", new MemoryStream(s_png)));
        Assert.Equal(LocalUploadResult.TooLarge, await PutLocalAsync(store, TokenOf(target), "image/png", new MemoryStream([.. s_png, 0])));
        Assert.Null(await store.HeadAsync("media/u/m/y.png", CancellationToken.None));
        Assert.Empty(Directory.GetFiles(_folder, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task EndlessBody_IsRefusedOneByteAfterTheDeclaredSize_AndNothingIsKept()
    {
        var store = CreateLocal();
        var body = new CountingStream();

        Assert.Equal(LocalUploadResult.TooLarge, await store.StageAsync(Guid.NewGuid(), 300_000, body, CancellationToken.None));

        Assert.Equal(300_001, body.BytesRead);
        Assert.Empty(Directory.GetFiles(_folder, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task ShorterBody_IsRefusedAndNothingIsKept()
    {
        var store = CreateLocal();

        Assert.Equal(LocalUploadResult.TooShort, await store.StageAsync(Guid.NewGuid(), s_png.Length + 1, new MemoryStream(s_png), CancellationToken.None));

        Assert.Empty(Directory.GetFiles(_folder, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task StagedBody_IsNotAtTheKeyUntilPromoted_AndNeverReplacesAStoredObject()
    {
        var store = CreateLocal();
        const string Key = "media/u/m/z.png";
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();
        byte[] other = [.. s_png[..8], .. new byte[s_png.Length - 8]];

        Assert.Equal(LocalUploadResult.Stored, await store.StageAsync(first, s_png.Length, new MemoryStream(s_png), CancellationToken.None));
        Assert.Equal(LocalUploadResult.Stored, await store.StageAsync(second, other.Length, new MemoryStream(other), CancellationToken.None));
        Assert.Null(await store.HeadAsync(Key, CancellationToken.None));

        Assert.True(store.Promote(first, Key));
        Assert.False(store.Promote(second, Key));
        store.Discard(second);

        Assert.Equal(s_png, await store.ReadPrefixAsync(Key, s_png.Length, CancellationToken.None));
        Assert.Single(Directory.GetFiles(_folder, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void BodiesLeftStagedByACrash_AreDroppedAtStartAfterAnUploadExpiry()
    {
        var staging = Directory.CreateDirectory(Path.Combine(_folder, ".staging")).FullName;
        var abandoned = Path.Combine(staging, $"{Guid.NewGuid():N}.part");
        var live = Path.Combine(staging, $"{Guid.NewGuid():N}.part");
        File.WriteAllBytes(abandoned, s_png);
        File.WriteAllBytes(live, s_png);
        File.SetLastWriteTimeUtc(abandoned, DateTime.UtcNow.AddHours(-2));

        CreateLocal();

        Assert.False(File.Exists(abandoned));
        Assert.True(File.Exists(live));
    }

    [Fact]
    public async Task BodiesLeftStagedByACrash_AreDroppedBySweepsToo()
    {
        var store = CreateLocal();
        var staging = Directory.CreateDirectory(Path.Combine(_folder, ".staging")).FullName;
        var abandoned = Path.Combine(staging, $"{Guid.NewGuid():N}.part");
        var live = Path.Combine(staging, $"{Guid.NewGuid():N}.part");
        File.WriteAllBytes(abandoned, s_png);
        File.WriteAllBytes(live, s_png);
        File.SetLastWriteTimeUtc(abandoned, DateTime.UtcNow.AddHours(-2));

        Assert.Equal(1, await store.DeleteStaleUploadsAsync(DateTimeOffset.UtcNow.AddHours(-1), CancellationToken.None));

        Assert.False(File.Exists(abandoned));
        Assert.True(File.Exists(live));
        Assert.Equal("media/u/m/x.png", store.UploadKeyOf("media/u/m/x.png"));
    }

    [Fact]
    public async Task KeyOutsideTheFolder_IsRejected()
    {
        var store = CreateLocal();
        await Assert.ThrowsAsync<ArgumentException>(() => store.HeadAsync("../outside.png", CancellationToken.None));
    }

    // What the upload endpoint does, with the upload session's part (the claim and the move) done directly.
    private static async Task<LocalUploadResult> PutLocalAsync(LocalMediaStore store, string token, string contentType, Stream body)
    {
        var upload = store.Authorize(token, contentType, out var refusal);
        if (upload is null)
        {
            return refusal;
        }

        var claim = Guid.NewGuid();
        var staged = await store.StageAsync(claim, upload.MaxBytes, body, CancellationToken.None);
        return staged == LocalUploadResult.Stored && !store.Promote(claim, upload.Key) ? LocalUploadResult.AlreadyReceived : staged;
    }

    private LocalMediaStore CreateLocal() =>
        new(Options.Create(new MediaOptions { Local = new LocalMediaOptions { DataPath = _folder } }), TimeProvider.System);

    private static string TokenOf(UploadTarget target) => target.Url[(target.Url.LastIndexOf('/') + 1)..];
}
