using Vrss.Grains.Idempotency;

namespace Vrss.Grains.Tests.Idempotency;

/// <summary>The contract of <see cref="IIdempotencyRepository"/>, run against every implementation.</summary>
public abstract class IdempotencyRepositoryTests
{
    private static readonly DateTimeOffset s_now = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset s_expiredBefore = s_now.AddDays(-1);
    private static readonly DateTimeOffset s_abandonedBefore = s_now.AddMinutes(-2);

    protected abstract IIdempotencyRepository Keys { get; }

    private static IdempotencyRecord Claim(string userId, string key, DateTimeOffset? at = null, string fingerprint = "f1", string seed = "seed-1") =>
        new(userId, key, "post.create", fingerprint, seed, at ?? s_now, Guid.NewGuid(), at ?? s_now, null, null);

    private static string NewUser() => "u-" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task Start_ClaimsAFreeKey_OnceOnly_AndRepeatingTheSameClaimIsHarmless()
    {
        var user = NewUser();
        var first = Claim(user, "k1");

        Assert.Equal("seed-1", await Keys.TryStartAsync(first, s_expiredBefore));
        Assert.Equal("seed-1", await Keys.TryStartAsync(first, s_expiredBefore));
        Assert.Null(await Keys.TryStartAsync(Claim(user, "k1", seed: "seed-2"), s_expiredBefore));

        var row = await Keys.GetAsync(user, "k1");
        Assert.NotNull(row);
        Assert.Equal(("post.create", "f1", "seed-1", first.ClaimId, s_now), (row!.Procedure, row.Fingerprint, row.Seed, row.ClaimId, row.CreatedAt));
        Assert.Null(row.Status);
        Assert.Null(await Keys.GetAsync(NewUser(), "k1"));
    }

    [Fact]
    public async Task Keys_ArePerUser()
    {
        var (alice, bob) = (NewUser(), NewUser());

        Assert.NotNull(await Keys.TryStartAsync(Claim(alice, "shared"), s_expiredBefore));
        Assert.NotNull(await Keys.TryStartAsync(Claim(bob, "shared", seed: "bob-seed"), s_expiredBefore));
        Assert.Equal("bob-seed", (await Keys.GetAsync(bob, "shared"))!.Seed);
    }

    [Fact]
    public async Task Complete_RecordsTheAnswerOfTheHoldingClaimOnly_AndTheFirstAnswerStays()
    {
        var user = NewUser();
        var claim = Claim(user, "k1");
        await Keys.TryStartAsync(claim, s_expiredBefore);

        Assert.False(await Keys.CompleteAsync(user, "k1", Guid.NewGuid(), 200, """{"other":true}"""));
        Assert.True(await Keys.CompleteAsync(user, "k1", claim.ClaimId!.Value, 200, """{"post":{"id":"p1"}}"""));
        Assert.False(await Keys.CompleteAsync(user, "k1", claim.ClaimId!.Value, 404, """{"code":1303}"""));

        var row = (await Keys.GetAsync(user, "k1"))!;
        Assert.Equal(200, row.Status);
        Assert.Equal("""{"post":{"id":"p1"}}""", row.Answer);
        Assert.Null(row.ClaimId);
        Assert.Null(await Keys.TryReclaimAsync(user, "k1", "post.create", "f1", Guid.NewGuid(), s_now.AddHours(1), s_now.AddHours(1), s_expiredBefore));
    }

    [Fact]
    public async Task Reclaim_TakesOverAGivenUpOrAbandonedClaim_OfTheSameCall_KeepingItsSeed()
    {
        var user = NewUser();
        var claim = Claim(user, "k1");
        await Keys.TryStartAsync(claim, s_expiredBefore);

        // Held and fresh: nobody takes it.
        Assert.Null(await Keys.TryReclaimAsync(user, "k1", "post.create", "f1", Guid.NewGuid(), s_now, s_abandonedBefore, s_expiredBefore));

        // Given up: the same call takes it, with the same seed; another input does not.
        Assert.True(await Keys.ReleaseAsync(user, "k1", claim.ClaimId!.Value));
        Assert.False(await Keys.ReleaseAsync(user, "k1", claim.ClaimId!.Value));
        Assert.Null(await Keys.TryReclaimAsync(user, "k1", "post.create", "f2", Guid.NewGuid(), s_now, s_abandonedBefore, s_expiredBefore));
        Assert.Null(await Keys.TryReclaimAsync(user, "k1", "post.comment", "f1", Guid.NewGuid(), s_now, s_abandonedBefore, s_expiredBefore));
        var second = Guid.NewGuid();
        Assert.Equal("seed-1", await Keys.TryReclaimAsync(user, "k1", "post.create", "f1", second, s_now, s_abandonedBefore, s_expiredBefore));
        Assert.Equal("seed-1", await Keys.TryReclaimAsync(user, "k1", "post.create", "f1", second, s_now, s_abandonedBefore, s_expiredBefore));

        // Abandoned (its silo died): taken over once the claim timeout passed, and the old claim can no longer answer.
        var later = s_now.AddMinutes(3);
        var third = Guid.NewGuid();
        Assert.Null(await Keys.TryReclaimAsync(user, "k1", "post.create", "f1", third, s_now.AddMinutes(1), s_abandonedBefore.AddMinutes(1), s_expiredBefore));
        Assert.Equal("seed-1", await Keys.TryReclaimAsync(user, "k1", "post.create", "f1", third, later, later.AddMinutes(-2), s_expiredBefore));
        Assert.False(await Keys.CompleteAsync(user, "k1", second, 200, "{}"));
        Assert.True(await Keys.CompleteAsync(user, "k1", third, 200, "{}"));
    }

    [Fact]
    public async Task AnExpiredKey_StartsAFreshCall_WithANewSeed_AndIsSwept()
    {
        var user = NewUser();
        var old = Claim(user, "k1", at: s_now.AddDays(-2));
        await Keys.TryStartAsync(old, s_expiredBefore);
        await Keys.CompleteAsync(user, "k1", old.ClaimId!.Value, 200, "{}");
        var stale = Claim(user, "k2", at: s_now.AddDays(-2));
        await Keys.TryStartAsync(stale, s_expiredBefore);
        var live = Claim(user, "k3");
        await Keys.TryStartAsync(live, s_expiredBefore);

        Assert.Null(await Keys.TryReclaimAsync(user, "k2", "post.create", "f1", Guid.NewGuid(), s_now, s_abandonedBefore, s_expiredBefore));
        var fresh = Claim(user, "k1", fingerprint: "other", seed: "seed-2");
        Assert.Equal("seed-2", await Keys.TryStartAsync(fresh, s_expiredBefore));
        var row = (await Keys.GetAsync(user, "k1"))!;
        Assert.Equal(("other", "seed-2", (int?)null), (row.Fingerprint, row.Seed, row.Status));

        Assert.True(await Keys.DeleteCreatedBeforeAsync(s_expiredBefore) >= 1);
        Assert.Null(await Keys.GetAsync(user, "k2"));
        Assert.NotNull(await Keys.GetAsync(user, "k1"));
        Assert.NotNull(await Keys.GetAsync(user, "k3"));
    }
}
