using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Media;
using Vrss.GrainInterfaces.Moderation;
using Vrss.GrainInterfaces.Sessions;
using Vrss.GrainInterfaces.Users;
using Vrss.Grains.HotReads;
using Vrss.Grains.Sessions;

namespace Vrss.Grains.Moderation;

/// <summary>
/// One account's standing, read once from <c>account_standing</c> and then answered from memory. Every change is
/// written through, then recorded in the audit log (a change whose log entry failed is retried by the staff member;
/// setting the same value again records it again, which is what an audit wants). A suspension is announced to every
/// silo's hidden authors (<see cref="HiddenAuthors"/>), and a storage tier to the account's storage grain, before the
/// change answers.
/// </summary>
public sealed class AccountStandingGrain(
    IAccountStandingRepository standings,
    IAuditLogRepository audit,
    ISessionRepository sessions,
    HotReadClient hot,
    TimeProvider time) : Grain, IAccountStandingGrain
{
    private AccountStanding? _stored;
    private bool _loaded;

    private string Id => this.GetPrimaryKeyString();

    /// <inheritdoc />
    public async Task<AccountStanding> GetAsync()
    {
        var stored = await LoadAsync();
        if (stored is not null)
        {
            return stored;
        }

        // Owners and listed admins are admins: the first time such an account's standing is asked (at sign-in, at the
        // latest), it is stored, so a later admin.setRole is what counts.
        if (await GrainFactory.GetGrain<IUserGrain>(Id).IsFirstAdminAsync())
        {
            var promoted = AccountStanding.Default with { Role = AccountRole.Admin };
            await SaveAsync(promoted);
            await AppendAsync(AuditActions.OwnerPromoted, new StaffReason(Id, "owner or admin email"), WireNames.Of(AccountRole.Admin));
            return promoted;
        }

        return AccountStanding.Default;
    }

    /// <inheritdoc />
    public async Task<AccountStanding> SetRoleAsync(AccountRole role, StaffReason why)
    {
        ArgumentNullException.ThrowIfNull(why);
        var current = await ExistingAsync();
        var updated = current with { Role = role };
        await SaveAsync(updated);
        await AppendAsync(AuditActions.SetRole, why, WireNames.Of(role));
        return updated;
    }

    /// <inheritdoc />
    public async Task<AccountStanding> SetSilencedAsync(bool silenced, StaffReason why)
    {
        ArgumentNullException.ThrowIfNull(why);
        var current = await ExistingAsync();
        if ((current.SilencedAt is not null) == silenced)
        {
            return current;
        }

        var updated = current with { SilencedAt = silenced ? time.GetUtcNow() : null };
        await SaveAsync(updated);
        await AppendAsync(silenced ? AuditActions.Silence : AuditActions.Unsilence, why, null);
        return updated;
    }

    /// <inheritdoc />
    public async Task<AccountStanding> SetSuspendedAsync(bool suspended, StaffReason why)
    {
        ArgumentNullException.ThrowIfNull(why);
        var current = await ExistingAsync();
        if (current.IsSuspended == suspended)
        {
            if (suspended)
            {
                // A session started while the first call ran still goes.
                await RevokeSessionsAsync();
            }

            return current;
        }

        var updated = current with { SuspendedAt = suspended ? time.GetUtcNow() : null };
        await SaveAsync(updated);

        // Every silo hides (or shows) the author's posts before this answers; the SQL read paths probe the row.
        await hot.AuthorHiddenAsync(Id, HiddenReasons.Suspended, suspended);
        if (suspended)
        {
            // After the save: a login that checks the standing after creating its session either sees the
            // suspension or created its session before this lists them.
            await RevokeSessionsAsync();
        }

        await AppendAsync(suspended ? AuditActions.Suspend : AuditActions.Unsuspend, why, null);
        return updated;
    }

    /// <inheritdoc />
    public async Task<AccountStanding> SetStorageTierAsync(StorageTier tier, StaffReason why)
    {
        ArgumentNullException.ThrowIfNull(why);
        var current = await ExistingAsync();
        var updated = current with { StorageTier = tier };
        await SaveAsync(updated);

        // The storage grain holds the tier it checks uploads against; it takes the change before this answers.
        await GrainFactory.GetGrain<IUserStorageGrain>(Id).SetTierAsync(tier);
        await AppendAsync(AuditActions.SetStorageTier, why, WireNames.Of(tier));
        return updated;
    }

    private async ValueTask<AccountStanding?> LoadAsync()
    {
        if (!_loaded)
        {
            _stored = await standings.GetAsync(Id);
            _loaded = true;
        }

        return _stored;
    }

    // Staff act on accounts that exist; the standing of an unknown id is never stored.
    private async Task<AccountStanding> ExistingAsync()
    {
        if (await GrainFactory.GetGrain<IUserGrain>(Id).GetAccountAsync() is null)
        {
            throw new VrssException(ErrorCode.UserNotFound, "No such user.");
        }

        return await GetAsync();
    }

    private async Task SaveAsync(AccountStanding standing)
    {
        await standings.SaveAsync(Id, standing, time.GetUtcNow());
        _stored = standing;
        _loaded = true;
    }

    private Task AppendAsync(string action, StaffReason why, string? detail) =>
        audit.AppendAsync(new AuditEntry(
            Guid.CreateVersion7().ToString("N"),
            why.ActorId,
            action,
            "user",
            Id,
            Id,
            why.Reason,
            detail,
            time.GetUtcNow()));

    private async Task RevokeSessionsAsync()
    {
        var hashes = await sessions.ListTokenHashesAsync(Id);
        await Task.WhenAll(hashes.Select(h => GrainFactory.GetGrain<ISessionGrain>(Convert.ToHexStringLower(h)).RevokeAsync()));
    }
}
