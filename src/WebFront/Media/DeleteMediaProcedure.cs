using Vrss.GrainInterfaces.Media;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Media;

/// <summary><c>media.delete</c>: deletes the caller's media and frees its quota.</summary>
internal sealed class DeleteMediaProcedure() : RpcProcedure<DeleteMediaInput, EmptyOutput>("media.delete")
{
    /// <inheritdoc />
    protected override void Validate(DeleteMediaInput input)
    {
        RpcValidation.RequiredText(input.MediaId, "mediaId", 1, 64);
    }

    /// <inheritdoc />
    protected override async Task<EmptyOutput> ExecuteAsync(DeleteMediaInput input, RpcContext context)
    {
        await context.Grains.GetGrain<IUploadSessionGrain>(input.MediaId!).DeleteAsync(context.UserId).ConfigureAwait(false);
        return EmptyOutput.Instance;
    }
}
