using Vrss.GrainInterfaces.Media;
using Vrss.WebFront.Rpc;
using Vrss.WebFront.Social;

namespace Vrss.WebFront.Media;

/// <summary><c>media.delete</c>: deletes the caller's media and frees its quota.</summary>
internal sealed class DeleteMediaProcedure() : RpcProcedure<DeleteMediaInput, EmptyOutput>("media.delete", idempotent: true)
{
    /// <inheritdoc />
    protected override void Validate(DeleteMediaInput input)
    {
        RpcValidation.RequiredText(input.MediaId, "mediaId", 1, 64);

        // Visible ASCII, as every id: "a b" is malformed (400), not a media that does not exist (404).
        InputIds.Require(input.MediaId, "mediaId");
    }

    /// <inheritdoc />
    protected override async Task<EmptyOutput> ExecuteAsync(DeleteMediaInput input, RpcContext context)
    {
        await context.Grains.GetGrain<IUploadSessionGrain>(input.MediaId!).DeleteAsync(context.UserId).ConfigureAwait(false);
        return EmptyOutput.Instance;
    }
}
