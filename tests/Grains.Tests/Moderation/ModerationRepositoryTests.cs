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
