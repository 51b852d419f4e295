using System.Net;
using System.Net.Http.Headers;
using Vrss.Grains.Media.Storage;

namespace Vrss.Grains.Tests.Media;

/// <summary>What both media providers must do, against real storage (s3rver, or the local disk through HTTP-less writes).</summary>
public abstract class MediaStoreTests
{
    protected static readonly byte[] s_png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4];

    protected abstract Task<IMediaStore> CreateStoreAsync();

    /// <summary>Uploads bytes the way a client would with the target the store handed out.</summary>
    protected abstract Task<HttpStatusCode> PutAsync(IMediaStore store, UploadTarget target, byte[] bytes, string contentType);

    [Fact]
    public async Task Upload_ThenHeadReadAndDelete()
    {
        var store = await CreateStoreAsync();
        var key = MediaKeys.For("user1", Guid.NewGuid().ToString("N"), "cat.png");
        var target = await store.CreateUploadAsync(key, "image/png", s_png.Length, DateTimeOffset.UtcNow.AddHours(1), CancellationToken.None);
        Assert.Equal("image/png", target.ContentType);
        Assert.Equal(s_png.Length, target.ContentLength);

        Assert.Equal(HttpStatusCode.OK, await PutAsync(store, target, s_png, "image/png"));

        Assert.Equal(new StoredObject(key, s_png.Length), await store.HeadAsync(key, CancellationToken.None));
        var prefix = await store.ReadPrefixAsync(key, MediaContentTypes.PrefixLength, CancellationToken.None);
        Assert.Equal(s_png[..MediaContentTypes.PrefixLength], prefix);
        Assert.True(MediaContentTypes.MatchesMagicBytes("image/png", prefix));

        await store.DeleteAsync(key, CancellationToken.None);
        Assert.Null(await store.HeadAsync(key, CancellationToken.None));
    }

    [Fact]
    public async Task MissingObject_HasNoHeadAndNoBytes()
    {
        var store = await CreateStoreAsync();
        var key = MediaKeys.For("user1", Guid.NewGuid().ToString("N"), "never.png");

        Assert.Null(await store.HeadAsync(key, CancellationToken.None));
        Assert.Empty(await store.ReadPrefixAsync(key, 16, CancellationToken.None));
        await store.DeleteAsync(key, CancellationToken.None);
    }

    [Fact]
    public async Task ExpiredUploadUrl_IsRefused()
    {
        var store = await CreateStoreAsync();
        var key = MediaKeys.For("user1", Guid.NewGuid().ToString("N"), "late.png");
        var target = await store.CreateUploadAsync(key, "image/png", s_png.Length, DateTimeOffset.UtcNow.AddSeconds(-5), CancellationToken.None);

        Assert.Equal(HttpStatusCode.Forbidden, await PutAsync(store, target, s_png, "image/png"));
        Assert.Null(await store.HeadAsync(key, CancellationToken.None));
    }

    [Fact]
    public async Task Copy_ReplacesTheTarget_AndCopiesNothingFromAMissingSource()
    {
        var store = await CreateStoreAsync();
        var mediaId = Guid.NewGuid().ToString("N");
        var from = MediaKeys.For("user1", mediaId, "from.png");
        var to = MediaKeys.For("user1", mediaId, "to.png");
        var other = s_png.Select(b => (byte)~b).ToArray();
        Assert.Equal(HttpStatusCode.OK, await PutAsync(store, await UploadTargetAsync(store, to), other, "image/png"));
        Assert.Equal(HttpStatusCode.OK, await PutAsync(store, await UploadTargetAsync(store, from), s_png, "image/png"));

        Assert.True(await store.CopyAsync(store.UploadKeyOf(from), to, CancellationToken.None));

        Assert.Equal(s_png, await store.ReadPrefixAsync(to, s_png.Length, CancellationToken.None));
        Assert.False(await store.CopyAsync(store.UploadKeyOf(MediaKeys.For("user1", mediaId, "none.png")), to, CancellationToken.None));
        Assert.Equal(s_png, await store.ReadPrefixAsync(to, s_png.Length, CancellationToken.None));
    }

    // A URL that writes where the store puts an upload for the media key (its staging key, with S3).
    protected static Task<UploadTarget> UploadTargetAsync(IMediaStore store, string key) =>
        store.CreateUploadAsync(store.UploadKeyOf(key), "image/png", s_png.Length, DateTimeOffset.UtcNow.AddHours(1), CancellationToken.None);

    protected static ByteArrayContent Body(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }
}
