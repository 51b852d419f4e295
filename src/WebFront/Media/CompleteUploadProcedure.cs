using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Media;
using Vrss.WebFront.Rpc;
using Vrss.WebFront.Social;

namespace Vrss.WebFront.Media;

/// <summary>
/// <c>media.completeUpload</c>: verifies the uploaded object (exists, declared size, magic bytes) and counts it
/// as used. Calling it again answers the same media and counts nothing twice.
/// </summary>
internal sealed class CompleteUploadProcedure() : RpcProcedure<CompleteUploadInput, MediaOutput>("media.completeUpload", idempotent: true)
{
    /// <inheritdoc />
    protected override void Validate(CompleteUploadInput input)
    {
        // Ids are visible ASCII (InputIds): "a b" is refused as malformed, not looked up and answered 404.
        foreach (var (value, field) in new[] { (input.UploadId, "uploadId"), (input.MediaId, "mediaId") })
        {
            RpcValidation.RequiredText(value, field, 1, 64);
            InputIds.Require(value, field);
        }
    }

    /// <inheritdoc />
    protected override async Task<MediaOutput> ExecuteAsync(CompleteUploadInput input, RpcContext context)
    {
        // An upload's id is its media's id: anything else names an upload that does not exist.
        if (input.UploadId != input.MediaId)
        {
            throw new VrssException(ErrorCode.ResourceNotFound, "No such upload.", new Dictionary<string, string> { ["field"] = "uploadId" });
        }

        var media = await context.Grains.GetGrain<IUploadSessionGrain>(input.MediaId!).CompleteAsync(context.UserId).ConfigureAwait(false);
        return new MediaOutput(media);
    }
}
