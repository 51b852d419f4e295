using Orleans.Concurrency;

namespace Vrss.GrainInterfaces.Media;

/// <summary>
/// One upload, keyed by its media id: pending, then completed, failed or expired. Its durable state is the
/// media record, moved only by conditional transitions, so a crash at any step leaves a state the next call
/// or the expiry sweep finishes correctly.
/// </summary>
public interface IUploadSessionGrain : IGrainWithStringKey
{
    /// <summary>
    /// Validates the type (<c>InvalidFileType</c>) and size (<c>FileTooLarge</c>), reserves the size against the
    /// owner's quota (<c>StorageLimitExceeded</c>) and answers a signed upload URL.
    /// </summary>
    Task<UploadTicket> InitiateAsync(UploadRequest request);

    /// <summary>
    /// Verifies the uploaded object (exists, declared size, magic bytes match the type) and counts it as used;
    /// <c>UploadVerificationFailed</c> or <c>UploadExpired</c> otherwise, and the object is deleted.
    /// Completing twice answers the same media.
    /// </summary>
    Task<MediaView> CompleteAsync(string callerId);

    /// <summary>Deletes the media and frees its quota (owner only).</summary>
    Task DeleteAsync(string callerId);

    /// <summary>The completed media, or null when it is not (or no longer) completed.</summary>
    [ReadOnly]
    Task<MediaView?> GetAsync();

    /// <summary>
    /// Settles an upload past its expiry: deletes its object and releases its reservation unless it completed.
    /// </summary>
    Task ResolveExpiredAsync();

    /// <summary>
    /// Claims the single body of the upload for a PUT to its Local upload URL, before any byte is read:
    /// <see cref="UploadBodyStatus.Accepted"/> only while the upload is pending and unexpired, has no stored body
    /// and no other claim. The claim is in memory: it lapses with the activation.
    /// </summary>
    Task<UploadBodyStatus> ClaimBodyAsync(Guid claim);

    /// <summary>
    /// Moves the body staged under <paramref name="claim"/> to the media's key if the upload is still pending and
    /// unexpired and has no body yet, in the same turn that checks it, so no completion, deletion, failure or
    /// expiry can slip in between; ends the claim either way.
    /// </summary>
    Task<UploadBodyStatus> AcceptBodyAsync(Guid claim);

    /// <summary>Ends a claim whose body was refused or never arrived, so the upload URL can be used again.</summary>
    Task ReleaseBodyAsync(Guid claim);
}
