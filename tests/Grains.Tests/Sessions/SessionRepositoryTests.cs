using System.Security.Cryptography;
using Vrss.Grains.Sessions;
using Vrss.Grains.Tests.Users;
using Vrss.Grains.Users;

namespace Vrss.Grains.Tests.Sessions;

/// <summary>The contract of <see cref="ISessionRepository"/>, run against every implementation.</summary>
public abstract class SessionRepositoryTests
{
    private static readonly DateTimeOffset s_now = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

    protected abstract IUserRepository Users { get; }

    protected abstract ISessionRepository Sessions { get; }

    private async Task<(string UserId, SessionRecord Session)> NewSessionAsync(string? userId = null, DateTimeOffset? createdAt = null, DateTimeOffset? expiresAt = null)
    {
        if (userId is null)
        {
            var user = UserRepositoryTests.NewUser();
            await Users.InsertAsync(user);
            userId = user.Id;
        }

        var created = createdAt ?? s_now;
        var session = new SessionRecord(
            RandomNumberGenerator.GetBytes(32),
            Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            userId,
            created,
            created,
            expiresAt ?? s_now.AddDays(7),
            created,
            "203.0.113.0",
            "Mozilla/5.0 (X11; Linux x86_64) Test/1.0");
        await Sessions.InsertAsync(session);
        return (userId, session);
    }

    [Fact]
    public async Task Insert_ThenGet_ByHash()
    {
        var (userId, session) = await NewSessionAsync();

        var read = await Sessions.GetAsync([.. session.TokenHash]);

        Assert.NotNull(read);
        Assert.Equal(userId, read!.UserId);
        Assert.Equal(session.SessionId, read.SessionId);
        Assert.Equal(session.CreatedAt, read.CreatedAt);
        Assert.Equal(session.ExpiresAt, read.ExpiresAt);
        Assert.Equal(session.LastUsedAt, read.LastUsedAt);
        Assert.Equal("203.0.113.0", read.Ip);
        Assert.Equal(session.UserAgent, read.UserAgent);
        Assert.Null(await Sessions.GetAsync(RandomNumberGenerator.GetBytes(32)));
    }

    [Fact]
    public async Task Insert_WithoutADevice_KeepsNulls_AndTheSessionIdIsUnique()
    {
        var (userId, session) = await NewSessionAsync();
        var bare = session with { TokenHash = RandomNumberGenerator.GetBytes(32), SessionId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), Ip = null, UserAgent = null };
        await Sessions.InsertAsync(bare);

        var read = (await Sessions.GetAsync(bare.TokenHash))!;
        Assert.Null(read.Ip);
        Assert.Null(read.UserAgent);
        await Assert.ThrowsAnyAsync<Exception>(() => Sessions.InsertAsync(session with { TokenHash = RandomNumberGenerator.GetBytes(32) }));
        Assert.Equal(2, (await Sessions.ListTokenHashesAsync(userId)).Count);
    }

    [Fact]
    public async Task Renew_MovesTheExpiry_UnlessTheSessionIsGone()
    {
        var (_, session) = await NewSessionAsync();

        Assert.True(await Sessions.RenewAsync(session.TokenHash, s_now.AddDays(2), s_now.AddDays(9)));
        var read = (await Sessions.GetAsync(session.TokenHash))!;
        Assert.Equal(s_now.AddDays(2), read.RenewedAt);
        Assert.Equal(s_now.AddDays(9), read.ExpiresAt);
        Assert.Equal(s_now.AddDays(2), read.LastUsedAt);

        Assert.True(await Sessions.DeleteAsync(session.TokenHash));
        Assert.False(await Sessions.DeleteAsync(session.TokenHash));
        Assert.False(await Sessions.RenewAsync(session.TokenHash, s_now, s_now));
        Assert.Null(await Sessions.GetAsync(session.TokenHash));
    }

    [Fact]
    public async Task ListTokenHashes_GivesEverySessionOfOneUser()
    {
        var (userId, first) = await NewSessionAsync();
        var (_, second) = await NewSessionAsync(userId);
        await NewSessionAsync();

        var hashes = await Sessions.ListTokenHashesAsync(userId);

        Assert.Equal(
            new[] { first.TokenHash, second.TokenHash }.Select(Convert.ToHexString).Order(),
            hashes.Select(Convert.ToHexString).Order());
    }

    [Fact]
    public async Task Touch_MovesOnlyTheLastUse_UnlessTheSessionIsGone()
    {
        var (_, session) = await NewSessionAsync();

        Assert.True(await Sessions.TouchAsync(session.TokenHash, s_now.AddMinutes(7)));
        var read = (await Sessions.GetAsync(session.TokenHash))!;
        Assert.Equal(s_now.AddMinutes(7), read.LastUsedAt);
        Assert.Equal(session.RenewedAt, read.RenewedAt);
        Assert.Equal(session.ExpiresAt, read.ExpiresAt);

        await Sessions.DeleteAsync(session.TokenHash);
        Assert.False(await Sessions.TouchAsync(session.TokenHash, s_now.AddMinutes(8)));
    }

    [Fact]
    public async Task List_GivesOneUsersUnexpiredSessions_NewestLoginFirst_PageByPage()
    {
        var (userId, oldest) = await NewSessionAsync(createdAt: s_now.AddHours(-3));
        var (_, middle) = await NewSessionAsync(userId, s_now.AddHours(-2));
        var (_, newest) = await NewSessionAsync(userId, s_now.AddHours(-1));
        await NewSessionAsync(userId, s_now.AddDays(-8), expiresAt: s_now.AddDays(-1));
        await NewSessionAsync();

        var first = await Sessions.ListAsync(userId, s_now, null, 2);
        var second = await Sessions.ListAsync(userId, s_now, first.NextCursor, 2);

        Assert.Equal([newest.SessionId, middle.SessionId], first.Items.Select(s => s.SessionId));
        Assert.NotNull(first.NextCursor);
        Assert.Equal([oldest.SessionId], second.Items.Select(s => s.SessionId));
        Assert.Null(second.NextCursor);
        var shown = first.Items[0];
        Assert.Equal(newest.CreatedAt, shown.CreatedAt);
        Assert.Equal(newest.LastUsedAt, shown.LastUsedAt);
        Assert.Equal(newest.Ip, shown.Ip);
        Assert.Equal(newest.UserAgent, shown.UserAgent);
    }

    [Fact]
    public async Task FindTokenHash_FindsOnlyTheOwnersSession()
    {
        var (userId, mine) = await NewSessionAsync();
        var (otherId, theirs) = await NewSessionAsync();

        Assert.Equal(mine.TokenHash, await Sessions.FindTokenHashAsync(userId, mine.SessionId));
        Assert.Null(await Sessions.FindTokenHashAsync(userId, theirs.SessionId));
        Assert.Null(await Sessions.FindTokenHashAsync(otherId, mine.SessionId));
        Assert.Null(await Sessions.FindTokenHashAsync(userId, "0123456789abcdef0123456789abcdef"));
    }

    [Fact]
    public async Task DeleteExpired_RemovesOnlyExpiredSessions()
    {
        var (userId, live) = await NewSessionAsync();
        var (_, old) = await NewSessionAsync(userId, s_now.AddDays(-30), expiresAt: s_now.AddDays(-23));

        Assert.True(await Sessions.DeleteExpiredAsync(s_now) >= 1);

        Assert.Null(await Sessions.GetAsync(old.TokenHash));
        Assert.NotNull(await Sessions.GetAsync(live.TokenHash));
    }
}
