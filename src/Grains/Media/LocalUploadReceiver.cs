using Vrss.GrainInterfaces.Media;
using Vrss.Grains.Media.Storage;

namespace Vrss.Grains.Media;

/// <summary>
/// Takes the body of a PUT to a Local upload URL. The token alone would let its URL be written for a whole hour;
/// the upload session decides instead: it grants one claim before any byte is read (so of two racing bodies one
/// is refused at once) and moves the staged body to the media's key itself, in the turn that checks the upload
/// is still pending, so no body lands after completion, deletion, failure or expiry.
/// </summary>
public sealed class LocalUploadReceiver(LocalMediaStore store, IGrainFactory grains)
{
    /// <summary>Receives one PUT; what became of it.</summary>
    public async Task<LocalUploadResult> ReceiveAsync(string token, string? contentType, long? contentLength, Stream body, CancellationToken cancellationToken)
    {
        var upload = store.Authorize(token, contentType, out var refusal);
        if (upload is null)
        {
            return refusal;
        }

        // A declared length other than the signed size is refused before the session is asked or a byte is read.
        if (contentLength is { } length && length != upload.MaxBytes)
        {
            return length > upload.MaxBytes ? LocalUploadResult.TooLarge : LocalUploadResult.TooShort;
        }

        var session = grains.GetGrain<IUploadSessionGrain>(MediaKeys.MediaIdOf(upload.Key));
        var claim = Guid.NewGuid();
        var claimed = await session.ClaimBodyAsync(claim).ConfigureAwait(false);
        if (claimed != UploadBodyStatus.Accepted)
        {
            return ResultOf(claimed);
        }

        UploadBodyStatus? accepted = null;
        try
        {
            var staged = await store.StageAsync(claim, upload.MaxBytes, body, cancellationToken).ConfigureAwait(false);
            if (staged != LocalUploadResult.Stored)
            {
                return staged;
            }

            accepted = await session.AcceptBodyAsync(claim).ConfigureAwait(false);
            return ResultOf(accepted.Value);
        }
        finally
        {
            store.Discard(claim);
            if (accepted is null)
            {
                // Refused, cut off or failed: the URL may be used again for the one body it takes.
                await session.ReleaseBodyAsync(claim).ConfigureAwait(false);
            }
        }
    }

    private static LocalUploadResult ResultOf(UploadBodyStatus status) => status switch
    {
        UploadBodyStatus.Accepted => LocalUploadResult.Stored,
        UploadBodyStatus.AlreadyReceived => LocalUploadResult.AlreadyReceived,
        UploadBodyStatus.Expired => LocalUploadResult.Expired,
        _ => LocalUploadResult.Closed,
    };
}
