using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Vrss.GrainInterfaces.Accounts;
using Vrss.GrainInterfaces.Errors;
using ErrorCode = Vrss.GrainInterfaces.Errors.ErrorCode;
using Vrss.Grains.Accounts;
using Vrss.Grains.Media.Storage;
using Vrss.WebFront.Sessions;

namespace Vrss.Silo.Accounts;

/// <summary>
/// <c>GET /exports/{exportId}</c>: a member's ready export, to that member's session only (anyone else, and an export
/// not ready or expired, gets 404). S3 archives by a redirect to a presigned URL valid five minutes; Local ones are
/// streamed as an attachment. With the silo beside the media endpoints, as it moves bytes from the media store.
/// </summary>
public static class ExportEndpoints
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/exports/{exportId}", DownloadAsync);
        return endpoints;
    }

    private static async Task<IResult> DownloadAsync(string exportId, HttpContext context)
    {
        if ((await context.GetSessionAsync().ConfigureAwait(false)).Session?.UserId is not { } userId)
        {
            return Results.NotFound();
        }

        var grains = context.RequestServices.GetRequiredService<IGrainFactory>();
        ExportView export;
        try
        {
            export = await grains.GetGrain<IAccountGrain>(userId).GetExportAsync(exportId).ConfigureAwait(false);
        }
        catch (VrssException exception) when (exception.Code == ErrorCode.ResourceNotFound)
        {
            return Results.NotFound();
        }

        if (export.Status != ExportStatus.Ready)
        {
            return Results.NotFound();
        }

        var key = AccountExportWriter.KeyOf(userId, export.Id);
        var store = context.RequestServices.GetRequiredService<IMediaStore>();
        context.Response.Headers.CacheControl = "private, no-store";
        if (store is S3MediaStore s3)
        {
            return Results.Redirect(s3.PresignRead(key));
        }

        var stream = await store.OpenReadAsync(key, context.RequestAborted).ConfigureAwait(false);
        return stream is null
            ? Results.NotFound()
            : Results.Stream(stream, "application/zip", fileDownloadName: $"vrss-export-{export.Id}.zip");
    }
}
