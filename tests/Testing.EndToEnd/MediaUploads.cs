using System.Net.Http.Headers;

namespace Vrss.Testing.EndToEnd;

/// <summary>Uploads as the PWA makes them: initiate, PUT the bytes to the URL handed out, complete.</summary>
public static class MediaUploads
{
    /// <summary>Uploads a PNG of <paramref name="size"/> bytes (a PNG signature, then zeros); the completed media's id.</summary>
    public static async Task<string> UploadPngAsync(this RpcClient client, int size)
    {
        ArgumentNullException.ThrowIfNull(client);
        var bytes = new byte[size];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(bytes, 0);
        var data = (await client.CallAsync("media.initiateUpload", new { filename = "a.png", contentType = "image/png", size })).AssertSuccess();
        var mediaId = data.GetProperty("mediaId").GetString()!;
        var url = data.GetProperty("uploadUrl").GetString()!;
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        using var http = new HttpClient();
        using (var put = await http.PutAsync(url.StartsWith("http", StringComparison.Ordinal) ? new Uri(url) : new Uri(client.BaseAddress, url), content))
        {
            put.EnsureSuccessStatusCode();
        }

        (await client.CallAsync("media.completeUpload", new { uploadId = data.GetProperty("uploadId").GetString(), mediaId })).AssertSuccess();
        return mediaId;
    }
}
