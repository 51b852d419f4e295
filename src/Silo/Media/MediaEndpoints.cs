using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Runtime;
using Vrss.GrainInterfaces.Media;
using Vrss.Grains.Media;
using Vrss.Grains.Media.Storage;
using Vrss.WebFront.Sessions;

namespace Vrss.Silo.Media;

/// <summary>
/// Media over HTTP. <c>GET /media/{user}/{media}/{file}</c> serves completed media to readers allowed to see them:
/// Local files as inert downloads (nosniff, a sandboxing CSP, private caching), S3 objects by a redirect to a
/// fresh presigned URL, so the same access rules hold for both and stored links never expire.
/// <c>PUT /media/upload/{token}</c> receives Local uploads (the signed token fixes key, type, size and expiry;
/// the upload's session lets exactly one body in, only while the upload is pending).
/// They live with the silo rather than the web front because they move bytes to and from the media store; who
/// may read is decided behind <see cref="IMediaAccessGrain"/>.
/// </summary>
public static class MediaEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapMedia(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPut("/media/upload/{token}", UploadAsync);
        endpoints.MapMethods("/media/{userId}/{mediaId}/{filename}", [HttpMethods.Get, HttpMethods.Head], ServeAsync);
        return endpoints;
    }

    private static async Task<IResult> UploadAsync(string token, HttpContext context)
    {
        if (context.RequestServices.GetService<LocalUploadReceiver>() is not { } receiver)
        {
            return Results.NotFound();
        }

        var limits = context.RequestServices.GetRequiredService<IOptions<MediaOptions>>().Value;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodyLimit)
        {
            // The token caps each upload at its declared size; this only lifts the server's default cap.
            bodyLimit.MaxRequestBodySize = Math.Max(limits.MaxFileBytes, limits.PaidQuotaBytes) + 1;
        }

        try
        {
            var request = context.Request;
            var result = await receiver.ReceiveAsync(token, request.ContentType, request.ContentLength, request.Body, context.RequestAborted).ConfigureAwait(false);
            return result switch
            {
                LocalUploadResult.Stored => Results.Ok(),
                LocalUploadResult.InvalidToken => Results.Text("The upload URL is not valid.", statusCode: StatusCodes.Status403Forbidden),
                LocalUploadResult.Expired => Results.Text("The upload URL has expired.", statusCode: StatusCodes.Status403Forbidden),
                LocalUploadResult.WrongContentType => Results.Text("Content-Type must be the type the upload was initiated with.", statusCode: StatusCodes.Status400BadRequest),
                LocalUploadResult.TooShort => Results.Text("The body is shorter than the declared size.", statusCode: StatusCodes.Status400BadRequest),
                LocalUploadResult.AlreadyReceived => Results.Text("This upload URL has already received its body.", statusCode: StatusCodes.Status409Conflict),
                LocalUploadResult.Closed => Results.Text("This upload is closed (it failed verification or was deleted); start a new one.", statusCode: StatusCodes.Status410Gone),
                _ => TooLarge(),
            };
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
        }
        catch (Exception exception) when (exception is TimeoutException or SiloUnavailableException or OrleansMessageRejectionException)
        {
            // The upload's session did not answer: trying the same URL again is safe (a stored body answers 409).
            return Results.Text("The service is busy; try again.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    private static IResult TooLarge() =>
        Results.Text("The body is larger than the declared size.", statusCode: StatusCodes.Status413PayloadTooLarge);

    private static async Task<IResult> ServeAsync(string userId, string mediaId, string filename, HttpContext context)
    {
        var readerId = (await context.GetSessionAsync().ConfigureAwait(false)).Session?.UserId;
        var grains = context.RequestServices.GetRequiredService<IGrainFactory>();
        var media = await grains.GetGrain<IMediaAccessGrain>(0).FindReadableAsync(userId, mediaId, filename, readerId).ConfigureAwait(false);
        if (media is null)
        {
            // Not found and not allowed look the same, so media ids cannot be probed.
            return Results.NotFound();
        }

        var store = context.RequestServices.GetRequiredService<IMediaStore>();
        var headers = context.Response.Headers;
        headers.CacheControl = "private, max-age=3600";
        if (store is S3MediaStore s3)
        {
            return Results.Redirect(s3.PresignRead(media.StorageKey));
        }

        var stream = (store as LocalMediaStore)?.OpenRead(media.StorageKey);
        if (stream is null)
        {
            return Results.NotFound();
        }

        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'; sandbox";
        headers.ContentDisposition = $"inline; filename=\"{MediaKeys.SanitizeFilename(media.Filename)}\"";
        return Results.Stream(stream, media.ContentType, enableRangeProcessing: true);
    }
}
