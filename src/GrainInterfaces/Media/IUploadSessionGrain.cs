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
    /// <c>UploadVerificationFailed</c> or <c>UploadExpired</c> otherwise. Completing twice answers the same media.
    /// </summary>
    Task<MediaView> CompleteAsync(string callerId);

    /// <summary>Deletes the media and frees its quota (owner only).</summary>
    Task DeleteAsync(string callerId);

    /// <summary>The completed media, or null when it is not (or no longer) completed.</summary>
    [ReadOnly]
    Task<MediaView?> GetAsync();

    /// <summary>Settles an upload past its expiry: releases its reservation unless it completed.</summary>
    Task ResolveExpiredAsync();
}
