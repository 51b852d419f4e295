using Microsoft.Extensions.Logging;
using Vrss.GrainInterfaces.Accounts;
using Vrss.GrainInterfaces.Errors;

namespace Vrss.Grains.Accounts;

/// <summary>Data exports: one at a time per member, built after the call that asks for it returns.</summary>
public sealed partial class AccountGrain
{
    /// <summary>The path (on any silo) a ready export downloads from; the endpoint checks the caller owns it.</summary>
    public static string DownloadPathOf(string exportId) => $"/exports/{exportId}";

    /// <inheritdoc />
    public async Task<ExportView> StartExportAsync()
    {
        await ExistingAsync();
        var now = time.GetUtcNow();
        if (await exports.GetNewestAsync(Id) is { Status: ExportStatus.Pending } running && running.ExpiresAt > now)
        {
            return View(running, now);
        }

        var export = new ExportRecord(Guid.CreateVersion7().ToString("N"), Id, ExportStatus.Pending, null, null, now, now + options.Value.ExportLifetime);
        await exports.InsertAsync(export);
        // Built in a later turn of this grain, so the caller gets the pending export at once and polls.
        this.RegisterGrainTimer(
            static (state, cancellationToken) => state.Grain.BuildExportAsync(state.ExportId, cancellationToken),
            (Grain: this, ExportId: export.Id),
            new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan) { Interleave = false, KeepAlive = true });
        return View(export, now);
    }

    /// <inheritdoc />
    public async Task<ExportView> GetExportAsync(string exportId)
    {
        var export = await exports.GetAsync(exportId);
        return export is not null && export.UserId == Id
            ? View(export, time.GetUtcNow())
            : throw new VrssException(ErrorCode.ResourceNotFound, "No such export.");
    }

    private async Task BuildExportAsync(string exportId, CancellationToken cancellationToken)
    {
        var key = AccountExportWriter.KeyOf(Id, exportId);
        try
        {
            var size = await exportWriter.WriteAsync(Id, key, cancellationToken);
            if (!await exports.FinishAsync(exportId, key, size))
            {
                // The row went meanwhile (swept as expired, or the account purged): the archive must not outlive it.
                await store.DeleteAsync(key, CancellationToken.None);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogExportFailed(logger, Id, exportId, exception);
            await store.DeleteAsync(key, CancellationToken.None);
            await exports.FinishAsync(exportId, null, null);
        }
    }

    private static ExportView View(ExportRecord export, DateTimeOffset now) =>
        export.ExpiresAt <= now
            ? new ExportView(export.Id, ExportStatus.Expired, null, null, export.CreatedAt, export.ExpiresAt)
            : new ExportView(
                export.Id,
                export.Status,
                export.Status == ExportStatus.Ready ? DownloadPathOf(export.Id) : null,
                export.Status == ExportStatus.Ready ? export.Size : null,
                export.CreatedAt,
                export.ExpiresAt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Building export {ExportId} of user {UserId} failed")]
    private static partial void LogExportFailed(ILogger logger, string userId, string exportId, Exception exception);
}
