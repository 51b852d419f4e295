using System.Security.Cryptography;
using Vrss.Grains.Users;

namespace Vrss.Grains.Tests.Users;

/// <summary>The contract of <see cref="IEmailTokenRepository"/>: hashed, expiring, single-use.</summary>
public abstract class EmailTokenRepositoryTests
{
    private static readonly DateTimeOffset s_now = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

    protected abstract IUserRepository Users { get; }

    protected abstract IEmailTokenRepository Tokens { get; }

    private async Task<EmailTokenRecord> NewTokenAsync(EmailTokenPurpose purpose, string? userId = null, TimeSpan? lifetime = null)
    {
        if (userId is null)
        {
            var user = UserRepositoryTests.NewUser();
            await Users.InsertAsync(user);
            userId = user.Id;
        }

        var token = new EmailTokenRecord(RandomNumberGenerator.GetBytes(32), userId, purpose, s_now, s_now + (lifetime ?? TimeSpan.FromHours(1)));
        await Tokens.InsertAsync(token);
        return token;
    }

    [Fact]
    public async Task Consume_WorksOnce()
    {
        var token = await NewTokenAsync(EmailTokenPurpose.ResetPassword);

        Assert.Equal(token.UserId, await Tokens.ConsumeAsync(token.TokenHash, EmailTokenPurpose.ResetPassword, s_now.AddMinutes(5)));
        Assert.Null(await Tokens.ConsumeAsync(token.TokenHash, EmailTokenPurpose.ResetPassword, s_now.AddMinutes(6)));
    }

    [Fact]
    public async Task Consume_RefusesExpiredUnknownAndOtherPurpose()
    {
        var token = await NewTokenAsync(EmailTokenPurpose.VerifyEmail);

        Assert.Null(await Tokens.ConsumeAsync(token.TokenHash, EmailTokenPurpose.ResetPassword, s_now));
        Assert.Null(await Tokens.ConsumeAsync(token.TokenHash, EmailTokenPurpose.VerifyEmail, token.ExpiresAt));
        Assert.Null(await Tokens.ConsumeAsync(RandomNumberGenerator.GetBytes(32), EmailTokenPurpose.VerifyEmail, s_now));
        Assert.Equal(token.UserId, await Tokens.ConsumeAsync(token.TokenHash, EmailTokenPurpose.VerifyEmail, token.ExpiresAt.AddTicks(-1)));
    }

    [Fact]
    public async Task Consume_Concurrently_OnlyOneWins()
    {
        var token = await NewTokenAsync(EmailTokenPurpose.ResetPassword);

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Tokens.ConsumeAsync(token.TokenHash, EmailTokenPurpose.ResetPassword, s_now)));

        Assert.Single(results, r => r is not null);
    }

    [Fact]
    public async Task InvalidateAll_SpendsEveryUnusedTokenOfThatPurpose()
    {
        var first = await NewTokenAsync(EmailTokenPurpose.ResetPassword);
        var second = await NewTokenAsync(EmailTokenPurpose.ResetPassword, first.UserId);
        var verification = await NewTokenAsync(EmailTokenPurpose.VerifyEmail, first.UserId);

        Assert.Equal(2, await Tokens.InvalidateAllAsync(first.UserId, EmailTokenPurpose.ResetPassword, s_now));

        Assert.Null(await Tokens.ConsumeAsync(first.TokenHash, EmailTokenPurpose.ResetPassword, s_now));
        Assert.Null(await Tokens.ConsumeAsync(second.TokenHash, EmailTokenPurpose.ResetPassword, s_now));
        Assert.Equal(first.UserId, await Tokens.ConsumeAsync(verification.TokenHash, EmailTokenPurpose.VerifyEmail, s_now));
    }
}
