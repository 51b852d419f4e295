using System.Net.Http.Headers;
using System.Text.Json;
using Vrss.Testing.EndToEnd;

namespace Vrss.WebFront.Tests.Media;

/// <summary>The client side of the two-phase upload, as a PWA does it.</summary>
internal static class MediaTestClient
{
    public static async Task<(string MediaId, string UploadUrl, JsonElement Data)> InitiateAsync(this RpcClient client, string filename, string contentType, long size)
    {
        var data = (await client.CallAsync("media.initiateUpload", new { filename, contentType, size })).AssertSuccess();
        return (data.GetProperty("mediaId").GetString()!, data.GetProperty("uploadUrl").GetString()!, data);
    }

    /// <summary>PUTs bytes to an upload URL (relative URLs are on the silo the client talks to).</summary>
    public static async Task<HttpResponseMessage> PutBytesAsync(this RpcClient client, string uploadUrl, byte[] bytes, string contentType)
    {
        var url = uploadUrl.StartsWith("http", StringComparison.Ordinal) ? new Uri(uploadUrl) : new Uri(client.BaseAddress, uploadUrl);
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        using var http = new HttpClient();
        return await http.PutAsync(url, content);
    }

    /// <summary>PUTs any body to an upload URL.</summary>
    public static async Task<HttpResponseMessage> PutContentAsync(this RpcClient client, string uploadUrl, HttpContent content)
    {
        var url = uploadUrl.StartsWith("http", StringComparison.Ordinal) ? new Uri(uploadUrl) : new Uri(client.BaseAddress, uploadUrl);
        using var http = new HttpClient();
        return await http.PutAsync(url, content);
    }

    public static Task<RpcResponse> CompleteAsync(this RpcClient client, string mediaId) =>
        client.CallAsync("media.completeUpload", new { uploadId = mediaId, mediaId });

    public static async Task<(long Used, long Reserved, long Limit)> UsageAsync(this RpcClient client)
    {
        var data = (await client.CallAsync("media.getStorageUsage")).AssertSuccess();
        return (data.GetProperty("used").GetInt64(), data.GetProperty("reserved").GetInt64(), data.GetProperty("limit").GetInt64());
    }

    /// <summary>Initiates, uploads and completes; returns the completed media.</summary>
    public static async Task<JsonElement> UploadAsync(this RpcClient client, string filename, string contentType, byte[] bytes)
    {
        var (mediaId, url, _) = await client.InitiateAsync(filename, contentType, bytes.Length);
        using (var put = await client.PutBytesAsync(url, bytes, contentType))
        {
            put.EnsureSuccessStatusCode();
        }

        return (await client.CompleteAsync(mediaId)).AssertSuccess().GetProperty("media");
    }
}
