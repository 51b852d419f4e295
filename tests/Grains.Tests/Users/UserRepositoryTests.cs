using Vrss.GrainInterfaces.Errors;
using Vrss.Grains.Users;

namespace Vrss.Grains.Tests.Users;

/// <summary>The contract of <see cref="IUserRepository"/>, run against every implementation.</summary>
public abstract class UserRepositoryTests
{
    protected abstract IUserRepository Users { get; }

    public static UserRecord NewUser(string? username = null, string? email = null)
    {
        username ??= "u_" + Guid.NewGuid().ToString("N")[..20];
        return new UserRecord(
            Guid.CreateVersion7().ToString("N"),
            username,
            email ?? $"{username}@Example.com",
            "Display " + username,
            new DateTimeOffset(2026, 3, 4, 5, 6, 7, 890, TimeSpan.Zero),
            new UserCredentials("hash", null, null, null, 0, 1));
    }

    [Fact]
    public async Task Insert_ThenGet_ReturnsTheRow()
    {
        var user = NewUser();
        await Users.InsertAsync(user);

        var read = await Users.GetAsync(user.Id);

        Assert.NotNull(read);
        Assert.Equal(user with { Credentials = read!.Credentials }, read);
        Assert.Equal(user.Credentials.PasswordHash, read.Credentials.PasswordHash);
        Assert.Equal(1, read.Credentials.Version);
        Assert.Null(await Users.GetAsync("missing"));
    }

    [Fact]
    public async Task FindId_ByUsernameAndByEmail_IgnoresCase()
    {
        var user = NewUser();
        await Users.InsertAsync(user);

        Assert.Equal(user.Id, await Users.FindIdByUsernameAsync(user.Username.ToUpperInvariant()));
        Assert.Equal(user.Id, await Users.FindIdByEmailAsync("  " + user.Email.ToUpperInvariant()));
        Assert.Null(await Users.FindIdByUsernameAsync("nobody_here"));
        Assert.Null(await Users.FindIdByEmailAsync("nobody@example.com"));
    }

    [Fact]
    public async Task Insert_TakenUsernameOrEmail_IsRefusedWithItsCode()
    {
        var user = NewUser();
        await Users.InsertAsync(user);

        var sameName = await Assert.ThrowsAsync<VrssException>(() => Users.InsertAsync(NewUser(user.Username, "other-" + user.Email)));
        var sameEmail = await Assert.ThrowsAsync<VrssException>(() => Users.InsertAsync(NewUser(email: user.Email.ToUpperInvariant())));

        Assert.Equal(ErrorCode.DuplicateUsername, sameName.Code);
        Assert.Equal(ErrorCode.DuplicateEmail, sameEmail.Code);
    }

    [Fact]
    public async Task Insert_SameUsernameConcurrently_ExactlyOneWins()
    {
        var username = "race_" + Guid.NewGuid().ToString("N")[..20];
        var attempts = Enumerable.Range(0, 10).Select(i => NewUser(username, $"r{i}-{username}@example.com")).ToList();

        var results = await Task.WhenAll(attempts.Select(async u =>
        {
            try
            {
                await Users.InsertAsync(u);
                return true;
            }
            catch (VrssException exception) when (exception.Code == ErrorCode.DuplicateUsername)
            {
                return false;
            }
        }));

        Assert.Single(results, r => r);
    }

    [Fact]
    public async Task UpdateCredentials_IsConditionalOnTheVersion()
    {
        var user = NewUser();
        await Users.InsertAsync(user);
        var verified = user.Credentials with { PasswordHash = "new", EmailVerifiedAt = user.CreatedAt, TotpSecret = [1, 2, 3], TotpLastStep = 42, RecoveryCodeHashes = [[4, 5], [6]] };

        Assert.True(await Users.UpdateCredentialsAsync(user.Id, 1, verified));
        Assert.False(await Users.UpdateCredentialsAsync(user.Id, 1, verified with { PasswordHash = "stale" }));
        Assert.False(await Users.UpdateCredentialsAsync("missing", 1, verified));

        var read = (await Users.GetAsync(user.Id))!.Credentials;
        Assert.Equal(2, read.Version);
        Assert.Equal("new", read.PasswordHash);
        Assert.Equal(user.CreatedAt, read.EmailVerifiedAt);
        Assert.Equal([1, 2, 3], read.TotpSecret);
        Assert.Null(read.TotpPendingSecret);
        Assert.Equal(42, read.TotpLastStep);
        Assert.Equal([[4, 5], [6]], read.RecoveryCodeHashes!);
        Assert.True(await Users.UpdateCredentialsAsync(user.Id, 2, read with { TotpSecret = null, RecoveryCodeHashes = null }));
        Assert.Null((await Users.GetAsync(user.Id))!.Credentials.TotpSecret);
        Assert.Null((await Users.GetAsync(user.Id))!.Credentials.RecoveryCodeHashes);
    }

    [Fact]
    public async Task UpdateDisplayName_ChangesOnlyThatUser()
    {
        var user = NewUser();
        var other = NewUser();
        await Users.InsertAsync(user);
        await Users.InsertAsync(other);

        Assert.True(await Users.UpdateDisplayNameAsync(user.Id, "Renamed"));
        Assert.False(await Users.UpdateDisplayNameAsync("missing", "x"));

        Assert.Equal("Renamed", (await Users.GetAsync(user.Id))!.DisplayName);
        Assert.Equal(other.DisplayName, (await Users.GetAsync(other.Id))!.DisplayName);
    }

    [Fact]
    public async Task Rename_KeepsTheOldNameForItsAccountOnly_UntilReleased()
    {
        var user = NewUser();
        var other = NewUser();
        await Users.InsertAsync(user);
        await Users.InsertAsync(other);
        var newName = "n_" + Guid.NewGuid().ToString("N")[..20];
        var until = new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero);

        Assert.True(await Users.RenameAsync(user.Id, newName, until));
        Assert.False(await Users.RenameAsync("missing", "n_" + Guid.NewGuid().ToString("N")[..20], until));

        Assert.Equal(newName, (await Users.GetAsync(user.Id))!.Username);
        Assert.Equal(user.Id, await Users.FindIdByUsernameAsync(newName));
        Assert.Null(await Users.FindIdByUsernameAsync(user.Username));
        Assert.Equal(user.Id, await Users.FindIdByReservedUsernameAsync(user.Username, until.AddDays(-1)));
        Assert.Null(await Users.FindIdByReservedUsernameAsync(user.Username, until));
        Assert.Equal(ErrorCode.DuplicateUsername, (await Assert.ThrowsAsync<VrssException>(() => Users.InsertAsync(NewUser(user.Username, "x-" + user.Email)))).Code);
        Assert.Equal(ErrorCode.DuplicateUsername, (await Assert.ThrowsAsync<VrssException>(() => Users.RenameAsync(other.Id, user.Username, until))).Code);
        Assert.Equal(ErrorCode.DuplicateUsername, (await Assert.ThrowsAsync<VrssException>(() => Users.RenameAsync(other.Id, newName, until))).Code);

        // Its owner takes it back; once released, anyone may.
        Assert.True(await Users.RenameAsync(user.Id, user.Username, until));
        Assert.Equal(user.Id, await Users.FindIdByReservedUsernameAsync(newName, until.AddDays(-1)));
        Assert.True(await Users.ReleaseReservedUsernamesAsync(until) >= 1);
        Assert.Null(await Users.FindIdByReservedUsernameAsync(newName, until.AddDays(-1)));
        await Users.InsertAsync(NewUser(newName));
    }

    [Fact]
    public async Task ChangeEmail_SetsItVerified_CountsAVersion_AndRefusesATakenOne()
    {
        var user = NewUser();
        var other = NewUser();
        await Users.InsertAsync(user);
        await Users.InsertAsync(other);
        var at = new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero);

        Assert.Equal(ErrorCode.DuplicateEmail, (await Assert.ThrowsAsync<VrssException>(() => Users.ChangeEmailAsync(user.Id, other.Email.ToUpperInvariant(), at))).Code);
        Assert.True(await Users.ChangeEmailAsync(user.Id, "Changed-" + user.Email, at));
        Assert.False(await Users.ChangeEmailAsync("missing", "x-" + user.Email, at));

        var read = (await Users.GetAsync(user.Id))!;
        Assert.Equal(("Changed-" + user.Email, at, 2L), (read.Email, read.Credentials.EmailVerifiedAt, read.Credentials.Version));
        Assert.Equal(user.Id, await Users.FindIdByEmailAsync("changed-" + user.Email));
        Assert.Null(await Users.FindIdByEmailAsync(user.Email));
        await Users.InsertAsync(NewUser(email: user.Email));
    }

    [Fact]
    public async Task PurgeAt_IsScheduledListedWhenDue_Cancelled_AndDeleteFreesTheNames()
    {
        var user = NewUser();
        await Users.InsertAsync(user);
        var at = new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero);

        Assert.True(await Users.SetPurgeAtAsync(user.Id, at));
        Assert.Equal(at, (await Users.GetAsync(user.Id))!.PurgeAt);
        Assert.DoesNotContain(user.Id, await Users.ListPurgeDueAsync(at.AddTicks(-10), 100));
        Assert.Contains(user.Id, await Users.ListPurgeDueAsync(at, 100));
        Assert.DoesNotContain(await Users.SearchAsync(user.Username, 10), c => c.Id == user.Id);
        Assert.True(await Users.SetPurgeAtAsync(user.Id, null));
        Assert.DoesNotContain(user.Id, await Users.ListPurgeDueAsync(at.AddYears(1), 100));
        Assert.Contains(await Users.SearchAsync(user.Username, 10), c => c.Id == user.Id);

        var renamed = "n_" + Guid.NewGuid().ToString("N")[..20];
        Assert.True(await Users.RenameAsync(user.Id, renamed, at.AddYears(10)));
        Assert.True(await Users.DeleteAsync(user.Id));
        Assert.False(await Users.DeleteAsync(user.Id));
        Assert.Null(await Users.GetAsync(user.Id));
        Assert.Null(await Users.FindIdByReservedUsernameAsync(user.Username, at));
        await Users.InsertAsync(NewUser(user.Username, user.Email));
        await Users.InsertAsync(NewUser(renamed));
    }
}
