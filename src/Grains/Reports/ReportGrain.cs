using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Moderation;
using Vrss.GrainInterfaces.Reports;
using Vrss.Grains.Moderation;
using Vrss.Grains.Posts;

namespace Vrss.Grains.Reports;

/// <summary>
/// One report, read once and then answered from memory; the only writer of its row once filed. An action is carried
/// out before the report is marked resolved, so a failed action leaves the report open for another try. Every change
/// is written to the audit log after it is stored.
/// </summary>
public sealed class ReportGrain(IReportRepository reports, IAuditLogRepository audit, PostViews views, TimeProvider time) : Grain, IReportGrain
{
    private ReportRecord? _report;

    private string Id => this.GetPrimaryKeyString();

    /// <inheritdoc />
    public async Task<ReportView> GetAsync() => await ViewAsync(await ExistingAsync());

    /// <inheritdoc />
    public async Task<ReportView> AssignAsync(string assigneeId, StaffReason why)
    {
        ArgumentException.ThrowIfNullOrEmpty(assigneeId);
        ArgumentNullException.ThrowIfNull(why);
        var report = await ExistingAsync();
        if (report.Status == ReportStatus.Resolved)
        {
            throw ReportErrors.AlreadyResolved();
        }

        if ((await GrainFactory.GetGrain<IAccountStandingGrain>(assigneeId).GetAsync()).Role < AccountRole.Moderator)
        {
            throw VrssException.Invalid("userId", "a report is assigned to a moderator or an admin");
        }

        await SaveAsync(report with { AssigneeId = assigneeId });
        await AppendAsync(AuditActions.AssignReport, why, assigneeId);
        return await ViewAsync(_report!);
    }

    /// <inheritdoc />
    public async Task<ReportView> ResolveAsync(ReportAction action, StaffReason why)
    {
        ArgumentNullException.ThrowIfNull(why);
        ArgumentException.ThrowIfNullOrWhiteSpace(why.Reason, nameof(why));
        var report = await ExistingAsync();
        if (report.Status == ReportStatus.Resolved)
        {
            throw ReportErrors.AlreadyResolved();
        }

        await ActAsync(report, action, why);
        await SaveAsync(report with
        {
            Status = ReportStatus.Resolved,
            Resolution = new ReportResolution(action, why.Reason, why.ActorId, time.GetUtcNow()),
        });
        await AppendAsync(AuditActions.ResolveReport, why, ReportWireNames.Of(action));
        return await ViewAsync(_report!);
    }

    /// <inheritdoc />
    public async Task<ReportView> ReopenAsync(StaffReason why)
    {
        ArgumentNullException.ThrowIfNull(why);
        var report = await ExistingAsync();
        if (report.Status == ReportStatus.Open)
        {
            throw ReportErrors.NotResolved();
        }

        await SaveAsync(report with { Status = ReportStatus.Open, Resolution = null });
        await AppendAsync(AuditActions.ReopenReport, why, null);
        return await ViewAsync(_report!);
    }

    private async Task ActAsync(ReportRecord report, ReportAction action, StaffReason why)
    {
        switch (action)
        {
            case ReportAction.None:
                return;
            case ReportAction.RemoveContent:
                await RemoveContentAsync(report, why);
                return;
            case ReportAction.Silence or ReportAction.Suspend:
                var standing = GrainFactory.GetGrain<IAccountStandingGrain>(report.TargetUserId);
                await StaffMayActOnAsync(report.TargetUserId, why.ActorId);
                _ = action == ReportAction.Silence
                    ? await standing.SetSilencedAsync(true, why)
                    : await standing.SetSuspendedAsync(true, why);
                return;
            default:
                throw VrssException.Invalid("action", "action must be none, remove_content, silence or suspend");
        }
    }

    // Content already gone (its author deleted it) is as removed as staff wanted it.
    private async Task RemoveContentAsync(ReportRecord report, StaffReason why)
    {
        var removal = GrainFactory.GetGrain<IContentRemovalGrain>("0");
        try
        {
            switch (report.TargetKind)
            {
                case ReportTargetKind.Post:
                    await removal.RemovePostAsync(report.TargetId, why);
                    break;
                case ReportTargetKind.Comment:
                    await removal.RemoveCommentAsync(report.TargetId, why);
                    break;
                default:
                    throw VrssException.Invalid("action", "remove_content needs a report of a post or a comment");
            }
        }
        catch (VrssException exception) when (exception.Code is ErrorCode.PostNotFound or ErrorCode.ResourceNotFound)
        {
        }
    }

    // As for the account actions: nobody acts on their own account, and only an admin acts on an admin.
    private async Task StaffMayActOnAsync(string userId, string actorId)
    {
        if (string.Equals(userId, actorId, StringComparison.Ordinal))
        {
            throw VrssException.Invalid("action", "staff cannot act on their own account");
        }

        if ((await GrainFactory.GetGrain<IAccountStandingGrain>(userId).GetAsync()).Role == AccountRole.Admin
            && (await GrainFactory.GetGrain<IAccountStandingGrain>(actorId).GetAsync()).Role != AccountRole.Admin)
        {
            throw new VrssException(ErrorCode.InsufficientPermissions, "Only an admin may act on an admin.");
        }
    }

    private async Task<ReportRecord> ExistingAsync()
    {
        _report ??= await reports.GetAsync(Id);
        if (_report is null)
        {
            DeactivateOnIdle();
            throw ReportErrors.NotFound();
        }

        return _report;
    }

    private async Task SaveAsync(ReportRecord updated)
    {
        if (!await reports.UpdateAsync(updated))
        {
            throw new VrssException(ErrorCode.Conflict, "The reporter has a newer open report on the same target; handle that one.");
        }

        _report = ReportChecks.Normalize(updated);
    }

    private Task AppendAsync(string action, StaffReason why, string? detail) =>
        audit.AppendAsync(new AuditEntry(
            Guid.CreateVersion7().ToString("N"),
            why.ActorId,
            action,
            "report",
            Id,
            _report!.TargetUserId,
            why.Reason,
            detail,
            time.GetUtcNow()));

    private Task<ReportView> ViewAsync(ReportRecord report) => ReportViews.BuildAsync(views, report);
}
