using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Media;
using Vrss.GrainInterfaces.Moderation;
using Vrss.Grains.Hosting;
using Vrss.Grains.HotReads;
using Vrss.Grains.Media.Storage;

namespace Vrss.Grains.Media;

/// <summary>
/// One upload (key: media id). The media record is its durable state and only moves by conditional
/// transitions; the owner's quota is changed through idempotent, media-keyed steps ordered so that a crash
/// between any two of them leaves something the next call or the expiry sweep settles:
/// record first, then the reservation; on completion the copy out of staging, the staged body's deletion, the
/// quota commit, then the record transition; on failure or expiry the objects, then the record. With S3 the upload
/// URL writes a staging key (<see cref="IMediaStore.UploadKeyOf"/>) and only the copy is served, because the URL
/// cannot be revoked; with the Local provider it decides instead which single body a PUT to the upload URL may
/// store, and stores it itself (see <see cref="LocalUploadReceiver"/>).
/// </summary>
public sealed partial class UploadSessionGrain(
    IMediaRepository media,
    IMediaStore store,
    IOptions<MediaOptions> options,
    TimeProvider time,
    ProductMetrics metrics,
    HotReadClient hot,
    ILogger<UploadSessionGrain> logger) : Grain, IUploadSessionGrain
{
    private const int MaxFilenameLength = 255;

    private MediaRecord? _record;
    private IDisposable? _expiryTimer;
    private Guid? _bodyClaim;

    private string Id => this.GetPrimaryKeyString();

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _record = await media.GetAsync(Id);
        ScheduleExpiry();
    }

    /// <inheritdoc />
    public async Task<UploadTicket> InitiateAsync(UploadRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_record is not null)
        {
            // A retry of the same initiation (the caller lost our answer): hand out the URL again.
            return _record.OwnerId == request.OwnerId && _record.Status == MediaStatus.Pending
                ? await TicketAsync(_record)
                : throw new VrssException(ErrorCode.Conflict, "This upload id is already in use.");
        }

        var contentType = MediaContentTypes.Normalize(request.ContentType);
        if (!MediaContentTypes.TryGetKind(contentType, out var kind))
        {
            throw VrssException.Invalid(
                "contentType",
                $"{contentType} is not an allowed type; allowed: {string.Join(", ", MediaContentTypes.Allowed)}",
                ErrorCode.InvalidFileType);
        }

        var limits = options.Value;
        if (request.Size <= 0)
        {
            throw VrssException.Invalid("size", "size must be a positive number of bytes");
        }

        // The paid tier's largest file is its quota; the tier is asked only of a file larger than the free tier allows.
        if (request.Size > limits.MaxFileBytes)
        {
            var paid = (await GrainFactory.GetGrain<IAccountStandingGrain>(request.OwnerId).GetAsync()).StorageTier == StorageTier.Paid;
            var largest = paid ? Math.Max(limits.MaxFileBytes, limits.PaidQuotaBytes) : limits.MaxFileBytes;
            if (request.Size > largest)
            {
                throw new VrssException(
                    ErrorCode.FileTooLarge,
                    $"size must be at most {largest} bytes",
                    new Dictionary<string, string> { ["field"] = "size", ["limit"] = largest.ToString(CultureInfo.InvariantCulture) });
            }
        }

        if (string.IsNullOrWhiteSpace(request.Filename) || request.Filename.Length > MaxFilenameLength)
        {
            throw VrssException.Invalid("filename", $"filename must be 1-{MaxFilenameLength} characters");
        }

        var now = time.GetUtcNow();
        var record = new MediaRecord(
            Id,
            request.OwnerId,
            request.Filename,
            contentType,
            Enum.Parse<MediaKind>(kind, ignoreCase: true),
            request.Size,
            MediaKeys.For(request.OwnerId, Id, request.Filename),
            MediaStatus.Pending,
            now,
            now + limits.UploadExpiry,
            null);
        if (!await media.CreateAsync(record))
        {
            throw new VrssException(ErrorCode.Conflict, "This upload id is already in use.");
        }

        _record = record;
        try
        {
            await Quota(record.OwnerId).ReserveAsync(Id, record.Size);
        }
        catch (VrssException exception) when (exception.Code == ErrorCode.StorageLimitExceeded)
        {
            metrics.QuotaRefused();
            _record = await media.TransitionAsync(Id, MediaStatus.Pending, MediaStatus.Failed, now) ?? _record;
            throw;
        }

        ScheduleExpiry();
        return await TicketAsync(record);
    }

    /// <inheritdoc />
    public async Task<MediaView> CompleteAsync(string callerId)
    {
        var record = Owned(callerId);
        switch (record.Status)
        {
            case MediaStatus.Completed:
                await Quota(record.OwnerId).CommitAsync(Id);
                return View(record);
            case MediaStatus.Failed:
                throw new VrssException(ErrorCode.UploadVerificationFailed, "This upload failed verification; start a new one.");
            case MediaStatus.Expired:
                throw Expired();
        }

        if (time.GetUtcNow() > record.ExpiresAt)
        {
            await ResolveExpiredAsync();
            throw Expired();
        }

        var uploadKey = store.UploadKeyOf(record.StorageKey);
        if (uploadKey != record.StorageKey)
        {
            var staged = await store.HeadAsync(uploadKey, CancellationToken.None);
            if (staged is not null && staged.Size != record.Size)
            {
                throw await FailAsync(record, SizeMismatch(staged.Size, record.Size));
            }

            // The copy is what gets checked and served: the staging key takes PUTs until its URL expires, so bytes
            // checked there could be swapped before a copy, while the media key is written by nobody but us. No
            // staged body means a record from before staging (its URL wrote the media key) or a completion cut
            // off after its copy: what is at the media key is checked as it is.
            if (staged is not null)
            {
                await store.CopyAsync(uploadKey, record.StorageKey, CancellationToken.None);
            }
        }

        var stored = await store.HeadAsync(record.StorageKey, CancellationToken.None);
        if (stored is null)
        {
            throw await FailAsync(record, "The uploaded file was not found; PUT it to the upload URL first.");
        }

        if (stored.Size != record.Size)
        {
            throw await FailAsync(record, SizeMismatch(stored.Size, record.Size));
        }

        var prefix = await store.ReadPrefixAsync(record.StorageKey, MediaContentTypes.PrefixLength, CancellationToken.None);
        if (!MediaContentTypes.MatchesMagicBytes(record.ContentType, prefix))
        {
            throw await FailAsync(record, $"The uploaded file's content is not {record.ContentType}.");
        }

        // Before the record completes, so a completed record never leaves its staged body behind but for a PUT
        // that comes later (the sweep deletes that once the upload URL has expired).
        await DeleteStagedAsync(record);
        await Quota(record.OwnerId).CommitAsync(Id);
        var completed = await media.TransitionAsync(Id, MediaStatus.Pending, MediaStatus.Completed, time.GetUtcNow());
        if (completed is null)
        {
            // Someone settled the record first (only the expiry sweep can, through this grain): follow it.
            _record = await media.GetAsync(Id);
            if (_record?.Status == MediaStatus.Completed)
            {
                return View(_record);
            }

            await Quota(record.OwnerId).ReleaseAsync(Id);
            throw Expired();
        }

        _record = completed;
        CancelExpiry();
        metrics.UploadCompleted(completed.Size);
        return View(completed);
    }

    /// <inheritdoc />
    public async Task DeleteAsync(string callerId)
    {
        var record = Owned(callerId);
        await Quota(record.OwnerId).ReleaseAsync(Id);
        await DeleteObjectsAsync(record);
        await media.DeleteAsync(Id);
        await hot.MediaRemovedAsync(Id);
        _record = null;
        _bodyClaim = null;
        CancelExpiry();
        DeactivateOnIdle();
    }

    /// <inheritdoc />
    public Task<MediaView?> GetAsync() =>
        Task.FromResult(_record is { Status: MediaStatus.Completed } record ? View(record) : null);

    /// <inheritdoc />
    public async Task ResolveExpiredAsync()
    {
        _record = await media.GetAsync(Id);
        if (_record is not { } record)
        {
            return;
        }

        switch (record.Status)
        {
            case MediaStatus.Completed:
                await Quota(record.OwnerId).CommitAsync(Id);
                return;
            case MediaStatus.Pending when time.GetUtcNow() >= record.ExpiresAt:
                // The object before the record: the sweep finds only pending records, so a crash in between is
                // settled again by the next sweep, while an expired record would keep its bytes for ever.
                await DeleteObjectsAsync(record);
                _record = await media.TransitionAsync(Id, MediaStatus.Pending, MediaStatus.Expired, time.GetUtcNow()) ?? await media.GetAsync(Id);
                if (_record?.Status == MediaStatus.Expired)
                {
                    await Quota(record.OwnerId).ReleaseAsync(Id);
                    LogExpired(logger, Id, record.OwnerId, record.Size);
                }

                return;
            case MediaStatus.Pending:
                ScheduleExpiry();
                return;
            default:
                await DeleteObjectsAsync(record);
                await Quota(record.OwnerId).ReleaseAsync(Id);
                return;
        }
    }

    /// <inheritdoc />
    public async Task<UploadBodyStatus> ClaimBodyAsync(Guid claim)
    {
        var status = OpenForBody();
        if (status != UploadBodyStatus.Accepted)
        {
            return status;
        }

        // The stored object tells a body accepted by an earlier activation (the claim lives in memory only).
        if (_bodyClaim is not null || await store.HeadAsync(_record!.StorageKey, CancellationToken.None) is not null)
        {
            return UploadBodyStatus.AlreadyReceived;
        }

        _bodyClaim = claim;
        return UploadBodyStatus.Accepted;
    }

    /// <inheritdoc />
    public Task<UploadBodyStatus> AcceptBodyAsync(Guid claim)
    {
        if (_bodyClaim is { } held && held != claim)
        {
            return Task.FromResult(UploadBodyStatus.AlreadyReceived);
        }

        _bodyClaim = null;
        var status = OpenForBody();
        if (status != UploadBodyStatus.Accepted)
        {
            return Task.FromResult(status);
        }

        // Only the Local store receives bodies itself; the move refuses to overwrite, so one body ever lands.
        var local = store as LocalMediaStore ?? throw new InvalidOperationException("Only the Local media store receives upload bodies.");
        return Task.FromResult(local.Promote(claim, _record!.StorageKey) ? UploadBodyStatus.Accepted : UploadBodyStatus.AlreadyReceived);
    }

    /// <inheritdoc />
    public Task ReleaseBodyAsync(Guid claim)
    {
        if (_bodyClaim == claim)
        {
            _bodyClaim = null;
        }

        return Task.CompletedTask;
    }

    private MediaRecord Owned(string callerId) =>
        _record is null
            ? throw new VrssException(ErrorCode.ResourceNotFound, "No such upload.")
            : _record.OwnerId == callerId
                ? _record
                : throw new VrssException(ErrorCode.Forbidden, "This upload belongs to someone else.");

    // Whether the upload may still take a body, whatever the claims.
    private UploadBodyStatus OpenForBody() => _record switch
    {
        null => UploadBodyStatus.Closed,
        { Status: MediaStatus.Completed } => UploadBodyStatus.AlreadyReceived,
        { Status: MediaStatus.Expired } => UploadBodyStatus.Expired,
        { Status: MediaStatus.Pending } record when time.GetUtcNow() >= record.ExpiresAt => UploadBodyStatus.Expired,
        { Status: MediaStatus.Pending } => UploadBodyStatus.Accepted,
        _ => UploadBodyStatus.Closed,
    };

    private async Task<VrssException> FailAsync(MediaRecord record, string reason)
    {
        // The objects first, and even when none was found (a no-op then): a crash after them leaves a pending record
        // that the next completion or the expiry sweep settles again, while a failed record is never looked at.
        await DeleteObjectsAsync(record);
        _record = await media.TransitionAsync(Id, MediaStatus.Pending, MediaStatus.Failed, time.GetUtcNow()) ?? _record;
        await Quota(record.OwnerId).ReleaseAsync(Id);
        CancelExpiry();
        LogVerificationFailed(logger, Id, reason);
        return new VrssException(ErrorCode.UploadVerificationFailed, reason, new Dictionary<string, string> { ["field"] = "mediaId" });
    }

    // The staged body (where the store stages one) and the media object.
    private async Task DeleteObjectsAsync(MediaRecord record)
    {
        await DeleteStagedAsync(record);
        await store.DeleteAsync(record.StorageKey, CancellationToken.None);
    }

    private async Task DeleteStagedAsync(MediaRecord record)
    {
        var uploadKey = store.UploadKeyOf(record.StorageKey);
        if (uploadKey != record.StorageKey)
        {
            await store.DeleteAsync(uploadKey, CancellationToken.None);
        }
    }

    private static string SizeMismatch(long stored, long declared) => $"The uploaded file has {stored} bytes, not the declared {declared}.";

    private async Task<UploadTicket> TicketAsync(MediaRecord record)
    {
        var target = await store.CreateUploadAsync(store.UploadKeyOf(record.StorageKey), record.ContentType, record.Size, record.ExpiresAt, CancellationToken.None);
        return new UploadTicket(Id, target.Url, Id, record.ExpiresAt, target.ContentType, target.ContentLength);
    }

    private MediaView View(MediaRecord record) =>
        new(record.Id, store.GetReadUrl(record.StorageKey), record.Kind.ToString().ToLowerInvariant(), record.Size, record.ContentType);

    private IUserStorageGrain Quota(string ownerId) => GrainFactory.GetGrain<IUserStorageGrain>(ownerId);

    // While the grain is active, settle the upload the moment it expires; the sweep covers inactive grains.
    private void ScheduleExpiry()
    {
        CancelExpiry();
        if (_record is { Status: MediaStatus.Pending } record)
        {
            var due = record.ExpiresAt - time.GetUtcNow();
            _expiryTimer = this.RegisterGrainTimer(
                _ => ResolveExpiredAsync(),
                new GrainTimerCreationOptions(due < TimeSpan.Zero ? TimeSpan.Zero : due, Timeout.InfiniteTimeSpan));
        }
    }

    private void CancelExpiry()
    {
        _expiryTimer?.Dispose();
        _expiryTimer = null;
    }

    private static VrssException Expired() =>
        new(ErrorCode.UploadExpired, "This upload expired before it was completed; start a new one.", new Dictionary<string, string> { ["field"] = "mediaId" });

    [LoggerMessage(Level = LogLevel.Information, Message = "Upload {MediaId} of {OwnerId} expired; released {Bytes} bytes")]
    private static partial void LogExpired(ILogger logger, string mediaId, string ownerId, long bytes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Upload {MediaId} failed verification: {Reason}")]
    private static partial void LogVerificationFailed(ILogger logger, string mediaId, string reason);
}
