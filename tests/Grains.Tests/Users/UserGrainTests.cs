using Microsoft.Extensions.DependencyInjection;
using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Posts;
using Vrss.GrainInterfaces.Sessions;
using Vrss.GrainInterfaces.Users;
using Vrss.Grains.Email;
using Vrss.TestingHost;

namespace Vrss.Grains.Tests.Users;

/// <summary>The account grains together: registration, login checks, sessions and emailed tokens.</summary>
public abstract class UserGrainTests : GrainClusterTests
{
    private const string Password = "Correct-Horse-42";
    private readonly ManualTimeProvider _clock = new(DateTimeOffset.UtcNow);

    private static async Task<AccountView> RegisterAsync(TestCluster cluster, string? username = null)
    {
        username ??= "g_" + Guid.NewGuid().ToString("N")[..20];
        var registration = await cluster.GrainFactory.GetGrain<IUserGrain>(Guid.CreateVersion7().ToString("N"))
            .RegisterAsync(new NewAccount(username, $"{username}@example.com", Password, username));
        return registration.Account;
    }

    [Fact]
    public async Task Register_ThenLoginByName_AndDuplicatesAreRefused()
    {
        await using var cluster = await StartAsync(_clock);
        var account = await RegisterAsync(cluster);

        var wrong = await cluster.GrainFactory.GetGrain<IUserLookupGrain>(UserLookupKey.ForUsername(account.Username)).LoginAsync("Wrong-Horse-42", null, null);
        var right = await cluster.GrainFactory.GetGrain<IUserLookupGrain>(UserLookupKey.ForEmail(account.Email)).LoginAsync(Password, null, null);
        var unknown = await cluster.GrainFactory.GetGrain<IUserLookupGrain>(UserLookupKey.ForUsername("nobody_at_all")).LoginAsync(Password, null, null);
        var duplicate = await Assert.ThrowsAsync<VrssException>(() => RegisterAsync(cluster, account.Username));

        Assert.Equal(LoginStatus.InvalidCredentials, wrong.Status);
        Assert.Equal(LoginStatus.Succeeded, right.Status);
        Assert.Equal(account.Id, right.Account!.Id);
        Assert.Equal(LoginStatus.InvalidCredentials, unknown.Status);
        Assert.Equal(ErrorCode.DuplicateUsername, duplicate.Code);
    }

    [Fact]
    public async Task ChangePassword_RevokesEveryOtherSession()
    {
        await using var cluster = await StartAsync(_clock);
        var account = await RegisterAsync(cluster);
        var keys = Enumerable.Range(0, 3).Select(_ => SecretToken.KeyOf(SecretToken.Create())).ToList();
        foreach (var key in keys)
        {
            await cluster.GrainFactory.GetGrain<ISessionGrain>(key).StartAsync(account.Id, SessionDevice.Unknown);
        }

        await cluster.GrainFactory.GetGrain<IUserGrain>(account.Id).ChangePasswordAsync(Password, "Brand-New-Secret-7", keys[0]);

        Assert.Equal(SessionStatus.Active, (await cluster.GrainFactory.GetGrain<ISessionGrain>(keys[0]).ValidateAsync()).Status);
        Assert.Equal(SessionStatus.Unknown, (await cluster.GrainFactory.GetGrain<ISessionGrain>(keys[1]).ValidateAsync()).Status);
        Assert.Equal(SessionStatus.Unknown, (await cluster.GrainFactory.GetGrain<ISessionGrain>(keys[2]).ValidateAsync()).Status);
        var wrong = await Assert.ThrowsAsync<VrssException>(() => cluster.GrainFactory.GetGrain<IUserGrain>(account.Id).ChangePasswordAsync(Password, "x", keys[0]));
        Assert.Equal(ErrorCode.InvalidCredentials, wrong.Code);
    }

    [Fact]
    public async Task EmailedToken_RedeemsOnce()
    {
        await using var cluster = await StartAsync(_clock);
        var account = await RegisterAsync(cluster);
        var email = Assert.Single(await cluster.ServiceProvider.GetRequiredService<IEmailOutboxRepository>().ListForRecipientAsync(account.Email));
        var token = System.Text.RegularExpressions.Regex.Match(email.Body, "token=([A-Za-z0-9_-]{43})").Groups[1].Value;

        var verified = await cluster.GrainFactory.GetGrain<IEmailTokenGrain>(SecretToken.KeyOf(token)).VerifyEmailAsync();
        var again = await Assert.ThrowsAsync<VrssException>(() => cluster.GrainFactory.GetGrain<IEmailTokenGrain>(SecretToken.KeyOf(token)).VerifyEmailAsync());

        Assert.True(verified.EmailVerified);
        Assert.Equal(ErrorCode.InvalidToken, again.Code);
    }

    [Fact]
    public async Task ExpiredSessions_AnswerExpired_ThenAreSweptAfterTheRetention()
    {
        // Weeks of manual time: a coarse collection quantum keeps the number of timer ticks small.
        await using var cluster = await StartAsync(_clock, o => o.Configuration["Vrss:Runtime:CollectionQuantum"] = "1.00:00:00");
        var account = await RegisterAsync(cluster);
        var key = SecretToken.KeyOf(SecretToken.Create());
        await cluster.GrainFactory.GetGrain<ISessionGrain>(key).StartAsync(account.Id, SessionDevice.Unknown);
        var sessions = cluster.ServiceProvider.GetRequiredService<Vrss.Grains.Sessions.ISessionRepository>();

        _clock.Advance(TimeSpan.FromDays(8));
        Assert.Equal(SessionStatus.Expired, (await cluster.GrainFactory.GetGrain<ISessionGrain>(key).ValidateAsync()).Status);
        Assert.NotNull(await sessions.GetAsync(Convert.FromHexString(key)));

        _clock.Advance(TimeSpan.FromDays(31));
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (await sessions.GetAsync(Convert.FromHexString(key)) is not null)
        {
            Assert.True(DateTime.UtcNow < deadline, "the expired session was never swept");
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task Profile_HasTheShapeOfUserGetProfile()
    {
        await using var cluster = await StartAsync(_clock);
        var account = await RegisterAsync(cluster);

        var profile = await cluster.GrainFactory.GetGrain<IUserGrain>(account.Id).GetProfileAsync();
        var settings = await cluster.GrainFactory.GetGrain<IUserGrain>(account.Id).GetSettingsAsync();

        Assert.Equal(account.Username, profile.Username);
        Assert.Empty(profile.Links);
        Assert.Equal(0, profile.FollowersCount);
        Assert.Equal(UserSettings.Default, settings);
        var missing = await Assert.ThrowsAsync<VrssException>(() => cluster.GrainFactory.GetGrain<IUserGrain>("no-such-user").GetProfileAsync());
        Assert.Equal(ErrorCode.UserNotFound, missing.Code);
    }

    [Fact]
    public async Task CreatePost_RepeatedWithTheSameId_AnswersTheSamePost_AndMakesOne()
    {
        await using var cluster = await StartAsync(_clock);
        var author = await RegisterAsync(cluster);
        var other = await RegisterAsync(cluster);
        var draft = new PostDraft(PostType.TextShort, "said once", [], PostVisibility.Public, Guid.CreateVersion7().ToString("N"));

        // As the web front does when the silo of the first call left before answering.
        var first = await cluster.GrainFactory.GetGrain<IUserGrain>(author.Id).CreatePostAsync(draft);
        var repeat = await cluster.GrainFactory.GetGrain<IUserGrain>(author.Id).CreatePostAsync(draft);
        var taken = await Assert.ThrowsAsync<VrssException>(() => cluster.GrainFactory.GetGrain<IUserGrain>(other.Id).CreatePostAsync(draft with { Content = "not mine" }));

        Assert.Equal(draft.PostId, first.Id);
        Assert.Equal(first.Id, repeat.Id);
        Assert.Equal(first.CreatedAt, repeat.CreatedAt);
        Assert.Equal(1, (await cluster.GrainFactory.GetGrain<IUserGrain>(author.Id).GetProfileAsync()).PostsCount);
        Assert.Equal(ErrorCode.Conflict, taken.Code);
        Assert.Equal("said once", (await cluster.GrainFactory.GetGrain<IPostGrain>(first.Id).GetAsync(other.Id)).Content);
    }
}
