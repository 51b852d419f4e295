using System.Globalization;
using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Media;
using Vrss.WebFront.RateLimits;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Media;

/// <summary>
/// <c>media.initiateUpload</c>: reserves the declared size against the caller's quota and answers a signed URL
/// to upload to (presigned S3, or the web front itself with the Local provider).
/// </summary>
internal sealed class InitiateUploadProcedure() : RpcProcedure<InitiateUploadInput, InitiateUploadOutput>("media.initiateUpload", rateLimitPolicy: RateLimitPolicies.MediaUpload, idempotent: true)
{
    /// <inheritdoc />
    protected override void Validate(InitiateUploadInput input)
    {
        RpcValidation.RequiredText(input.Filename, "filename", 1, 255);
        RpcValidation.RequiredText(input.ContentType, "contentType", 3, 255);
        if (input.Size is null)
        {
            throw VrssException.Invalid("size", "size is required", ErrorCode.MissingRequiredField);
        }
    }

    /// <inheritdoc />
    protected override async Task<InitiateUploadOutput> ExecuteAsync(InitiateUploadInput input, RpcContext context)
    {
        var mediaId = Guid.CreateVersion7().ToString("N");
        var ticket = await context.Grains.GetGrain<IUploadSessionGrain>(mediaId)
            .InitiateAsync(new UploadRequest(context.UserId, input.Filename!, input.ContentType!, input.Size!.Value))
            .ConfigureAwait(false);
        return new InitiateUploadOutput(
            ticket.UploadId,
            ticket.UploadUrl,
            ticket.MediaId,
            ticket.ExpiresAt,
            new Dictionary<string, string>
            {
                ["Content-Type"] = ticket.ContentType,
                ["Content-Length"] = ticket.ContentLength.ToString(CultureInfo.InvariantCulture),
            });
    }
}
