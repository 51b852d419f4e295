using Vrss.GrainInterfaces.Accounts;
using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Users;
using Vrss.Grains.HotReads;

namespace Vrss.Grains.Users;

/// <summary>The User grain's part in the account lifecycle (<see cref="IUserAccountGrain"/>).</summary>
public sealed partial class UserGrain
{
    /// <inheritdoc />
    public Task<bool> IsEmailVerifiedAsync() => Task.FromResult(_account is { Credentials.EmailVerifiedAt: not null });

    /// <inheritdoc />
    public async Task ReloadAccountAsync()
    {
        _account = await users.GetAsync(Id);

        // A rename changes the card every silo's hot reads hold (feeds, posts, comments show it).
        await social.HotReads.CardChangedAsync(Id, _account is { } account ? new UserCard(Id, account.Username, account.DisplayName, state.State.AvatarUrl) : null);
    }

    /// <inheritdoc />
    public async Task ClearAsync()
    {
        await state.ClearStateAsync();
        _account = null;
        await social.HotReads.CardChangedAsync(Id, null);
        DeactivateOnIdle();
    }

    // A sign-in while a deletion is pending cancels it (API.md, "Leaving").
    private async Task<bool> CancelDeletionAsync()
    {
        if (_account is not { PurgeAt: not null } account)
        {
            return false;
        }

        await users.SetPurgeAtAsync(Id, null);
        _account = account with { PurgeAt = null };
        await social.HotReads.AuthorHiddenAsync(Id, HiddenReasons.PendingDeletion, hidden: false);
        return true;
    }

    // The account as others may find it: a pending deletion hides it like a missing one.
    private UserRecord Visible()
    {
        var account = Existing();
        return account.PurgeAt is null ? account : throw new VrssException(ErrorCode.UserNotFound, "user not found");
    }
}
