using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Media;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Media;

/// <summary>
/// <c>media.completeUpload</c>: verifies the uploaded object (exists, declared size, magic bytes) and counts it
/// as used. Calling it again answers the same media and counts nothing twice.
/// </summary>
internal sealed class CompleteUploadProcedure() : RpcProcedure<CompleteUploadInput, MediaOutput>("media.completeUpload")
{
    /// <inheritdoc />
    protected override void Validate(CompleteUploadInput input)
    {
        RpcValidation.RequiredText(input.UploadId, "uploadId", 1, 64);
        RpcValidation.RequiredText(input.MediaId, "mediaId", 1, 64);
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
