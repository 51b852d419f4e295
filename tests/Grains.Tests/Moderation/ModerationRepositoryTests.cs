using Vrss.GrainInterfaces.Moderation;
using Vrss.Grains.Moderation;
using Vrss.Grains.Tests.Data;

namespace Vrss.Grains.Tests.Moderation;

/// <summary>The contracts of <see cref="IAccountStandingRepository"/> and <see cref="IAuditLogRepository"/>, on each provider.</summary>
public abstract class ModerationRepositoryTests : RepositoryTests
{
    private IAccountStandingRepository Standings => Get<IAccountStandingRepository>();

    private IAuditLogRepository Audit => Get<IAuditLogRepository>();

    [Fact]
    public async Task Standing_IsNullUntilSaved_ThenReadsBackAsSaved()
    {
        var user = NewId("u");
        Assert.Null(await Standings.GetAsync(user));

        var first = new AccountStanding(AccountRole.Moderator, At(1), null, StorageTier.Paid);
        await Standings.SaveAsync(user, first, At(1));
        Assert.Equal(first, await Standings.GetAsync(user));

        var second = new AccountStanding(AccountRole.Member, null, At(2), StorageTier.Free);
        await Standings.SaveAsync(user, second, At(2));
        var read = await Standings.GetAsync(user);
        Assert.Equal(second, read);
        Assert.Equal(AccountStatus.Suspended, read!.Status);
        Assert.Null(await Standings.GetAsync(NewId("u")));
    }

    [Fact]
    public async Task AccountList_PagesNewestFirst_AndFiltersByQueryRoleAndStatus()
    {
        var users = Get<Vrss.Grains.Users.IUserRepository>();
        var directory = Get<IAccountDirectoryRepository>();
        var tag = "d" + Guid.NewGuid().ToString("N")[..8];
        var names = new[] { "plain", "admin", "mod", "quiet", "banned", "leaving", "x_y" };
        var ids = new Dictionary<string, string>();
        foreach (var (name, i) in names.Select((n, i) => (n, i)))
        {
            var id = NewId("user");
            ids[name] = id;
            await users.InsertAsync(new Vrss.Grains.Users.UserRecord(
                id, $"{tag}{name}", $"{tag}{name}@example.com", $"Someone {name.ToUpperInvariant()}", At(i), new Vrss.Grains.Users.UserCredentials("hash", null, null, null, 0, 1)));
        }

        await Standings.SaveAsync(ids["admin"], AccountStanding.Default with { Role = AccountRole.Admin }, T0);
        await Standings.SaveAsync(ids["mod"], new AccountStanding(AccountRole.Moderator, At(1), null, StorageTier.Paid), T0);
        await Standings.SaveAsync(ids["quiet"], AccountStanding.Default with { SilencedAt = At(2) }, T0);
        await Standings.SaveAsync(ids["banned"], AccountStanding.Default with { SilencedAt = At(2), SuspendedAt = At(3) }, T0);
        await users.SetPurgeAtAsync(ids["leaving"], At(100));
        await Standings.SaveAsync(ids["leaving"], AccountStanding.Default with { SuspendedAt = At(3) }, T0);

        async Task<List<string>> ListAsync(string? query, AccountRole? role, AccountStatus? status)
        {
            var found = new List<string>();
            string? cursor = null;
            do
            {
                var page = await directory.ListAsync(new AccountFilter(query ?? tag, role, status), cursor, 2);
                Assert.True(page.Items.Count <= 2);
                found.AddRange(page.Items.Select(a => names.Single(n => ids[n] == a.Account.Id)));
                cursor = page.NextCursor;
            }
            while (cursor is not null);
            return found;
        }

        Assert.Equal(["x_y", "leaving", "banned", "quiet", "mod", "admin", "plain"], await ListAsync(null, null, null));
        Assert.Equal(["admin"], await ListAsync(null, AccountRole.Admin, null));
        Assert.Equal(["mod"], await ListAsync(null, AccountRole.Moderator, AccountStatus.Silenced));
        Assert.Equal(["x_y", "leaving", "banned", "quiet", "plain"], await ListAsync(null, AccountRole.Member, null));
        Assert.Equal(["x_y", "admin", "plain"], await ListAsync(null, null, AccountStatus.Active));
        Assert.Equal(["x_y", "plain"], await ListAsync(null, AccountRole.Member, AccountStatus.Active));
        Assert.Equal(["quiet", "mod"], await ListAsync(null, null, AccountStatus.Silenced));
        Assert.Equal(["banned"], await ListAsync(null, null, AccountStatus.Suspended));
        Assert.Equal(["leaving"], await ListAsync(null, null, AccountStatus.PendingDeletion));
        Assert.Empty(await ListAsync(null, AccountRole.Admin, AccountStatus.PendingDeletion));

        // A username or email prefix, or a part of the display name; LIKE's wildcards match only themselves.
        Assert.Equal(["quiet"], await ListAsync($"{tag}qu", null, null));
        Assert.Equal(["banned"], await ListAsync($"{tag.ToUpperInvariant()}BANNED@EXAMPLE", null, null));
        Assert.Contains("mod", await ListAsync("someone mod", null, null));
        Assert.Equal(["x_y"], await ListAsync($"{tag}x_", null, null));
        Assert.Empty(await ListAsync($"{tag}%", null, null));

        var view = Assert.Single((await directory.ListAsync(new AccountFilter($"{tag}mod", null, null), null, 10)).Items);
        Assert.Equal(new AccountStanding(AccountRole.Moderator, At(1), null, StorageTier.Paid), view.Standing);
        Assert.Equal($"{tag}mod@example.com", view.Account.Email);
        Assert.Equal(At(2), view.Account.CreatedAt);
        Assert.Null(view.Account.PurgeAt);
    }

    [Fact]
    public async Task Standing_RefusesValuesOutsideTheEnums()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            Standings.SaveAsync(NewId("u"), AccountStanding.Default with { Role = (AccountRole)9 }, T0));
    }

    [Fact]
    public async Task Audit_PagesNewestFirst_FiltersByActorAndAccount_AndKeepsAnEntryOnce()
    {
        var (admin, moderator, target, other) = (NewId("admin"), NewId("mod"), NewId("t"), NewId("o"));
        var entries = new[]
        {
            Entry(admin, target, 1),
            Entry(moderator, target, 2),
            Entry(moderator, other, 3),
            Entry(admin, other, 4),
            Entry(admin, target, 5),
        };
        foreach (var entry in entries)
        {
            await Audit.AppendAsync(entry);
        }

        // A retried append changes nothing.
        await Audit.AppendAsync(entries[0] with { Reason = "changed" });

        var byAdmin = await AllAsync(admin, null);
        Assert.Equal([entries[4], entries[3], entries[0]], byAdmin);
        Assert.Equal([entries[4], entries[1], entries[0]], await AllAsync(null, target));
        Assert.Equal([entries[4], entries[0]], await AllAsync(admin, target));
        Assert.Equal("why 1", byAdmin[^1].Reason);

        var firstPage = await Audit.GetPageAsync(moderator, null, null, 1);
        Assert.Equal([entries[2]], firstPage.Items);
        var secondPage = await Audit.GetPageAsync(moderator, null, firstPage.NextCursor, 1);
        Assert.Equal([entries[1]], secondPage.Items);
    }

    [Fact]
    public async Task Audit_RefusesAnUnknownTargetKind()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            Audit.AppendAsync(Entry(NewId("a"), NewId("t"), 1) with { TargetKind = "planet" }));
    }

    private static AuditEntry Entry(string actor, string target, int minute) =>
        new(NewId("a"), actor, AuditActions.Suspend, "user", target, target, $"why {minute}", null, At(minute));

    private async Task<List<AuditEntry>> AllAsync(string? actor, string? target)
    {
        var all = new List<AuditEntry>();
        string? cursor = null;
        do
        {
            var page = await Audit.GetPageAsync(actor, target, cursor, 2);
            all.AddRange(page.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null);
        return all;
    }
}
