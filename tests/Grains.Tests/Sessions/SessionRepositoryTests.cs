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

    private async Task<(string UserId, SessionRecord Session)> NewSessionAsync(string? userId = null)
    {
        if (userId is null)
        {
            var user = UserRepositoryTests.NewUser();
            await Users.InsertAsync(user);
            userId = user.Id;
        }

        var session = new SessionRecord(RandomNumberGenerator.GetBytes(32), userId, s_now, s_now, s_now.AddDays(7));
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
        Assert.Equal(session.CreatedAt, read.CreatedAt);
        Assert.Equal(session.ExpiresAt, read.ExpiresAt);
        Assert.Null(await Sessions.GetAsync(RandomNumberGenerator.GetBytes(32)));
    }

    [Fact]
    public async Task Renew_MovesTheExpiry_UnlessTheSessionIsGone()
    {
        var (_, session) = await NewSessionAsync();

        Assert.True(await Sessions.RenewAsync(session.TokenHash, s_now.AddDays(2), s_now.AddDays(9)));
        var read = (await Sessions.GetAsync(session.TokenHash))!;
        Assert.Equal(s_now.AddDays(2), read.RenewedAt);
        Assert.Equal(s_now.AddDays(9), read.ExpiresAt);

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
    public async Task DeleteExpired_RemovesOnlyExpiredSessions()
    {
        var (userId, live) = await NewSessionAsync();
        var old = new SessionRecord(RandomNumberGenerator.GetBytes(32), userId, s_now.AddDays(-30), s_now.AddDays(-30), s_now.AddDays(-23));
        await Sessions.InsertAsync(old);

        Assert.True(await Sessions.DeleteExpiredAsync(s_now) >= 1);

        Assert.Null(await Sessions.GetAsync(old.TokenHash));
        Assert.NotNull(await Sessions.GetAsync(live.TokenHash));
    }
}
