using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Media;
using Vrss.GrainInterfaces.Users;
using Vrss.Grains.HotReads;

namespace Vrss.Grains.Users;

/// <summary>The profile and privacy settings of the User grain.</summary>
public sealed partial class UserGrain
{
    /// <inheritdoc />
    public async Task<ProfileView> ViewProfileAsync(string? viewerId)
    {
        var account = Visible();
        var self = string.Equals(viewerId, Id, StringComparison.Ordinal);
        bool? following = viewerId is null || self ? null : await HasFollowerAsync(viewerId);

        // Requests are only kept while this user approves followers (turning it off accepts them all).
        bool? requested = following is false
            ? state.State.Settings.ApproveFollowers && await social.FollowRequests.IsPendingAsync(viewerId!, Id)
            : following is null ? null : false;
        var shown = self || state.State.Settings.ProfileVisibility switch
        {
            Visibility.Public => true,
            Visibility.Followers => following == true,
            Visibility.Connections => viewerId is not null && await social.Connections.AreConnectedAsync(viewerId, Id),
            _ => false,
        };
        var full = shown ? (await GetProfileAsync()) with { IsFollowing = following } : null;
        var suspended = social.HiddenAuthors.ReasonsOf(Id).HasFlag(HiddenReasons.Suspended);
        return new ProfileView(new UserCard(account.Id, account.Username, account.DisplayName, state.State.AvatarUrl), full, following, requested, suspended);
    }

    /// <inheritdoc />
    public async Task<UserProfile> UpdateProfileAsync(ProfileUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        var account = Existing();
        var s = state.State;
        var displayName = update.DisplayName ?? account.DisplayName;
        var (avatarId, avatarUrl) = update.AvatarMediaId is { } avatar ? await ImageAsync(avatar, "avatarMediaId") : (s.AvatarMediaId, s.AvatarUrl);
        var (bannerId, bannerUrl) = update.BannerMediaId is { } banner ? await ImageAsync(banner, "bannerMediaId") : (s.BannerMediaId, s.BannerUrl);
        var cardChanged = displayName != account.DisplayName || avatarUrl != s.AvatarUrl;

        s.AvatarMediaId = avatarId;
        s.AvatarUrl = avatarUrl;
        s.BannerMediaId = bannerId;
        s.BannerUrl = bannerUrl;
        s.Headline = Cleared(update.Headline, s.Headline);
        s.Bio = Cleared(update.Bio, s.Bio);
        s.Location = Cleared(update.Location, s.Location);
        s.Website = Cleared(update.Website, s.Website);
        s.Links = update.Links is { } links ? [.. links] : s.Links;
        s.Credits = update.Credits is { } credits ? [.. credits] : s.Credits;
        s.Education = update.Education is { } education ? [.. education] : s.Education;
        await state.WriteStateAsync();
        await WriteSearchTextAsync();

        if (cardChanged)
        {
            // The card (display name, avatar) lives in the users row, where pages of cards are read in one query.
            await users.UpdateCardAsync(Id, displayName, avatarUrl);
            _account = account with { DisplayName = displayName };

            // Every silo keeps cards for the posts it shows; none may show the old one once this call returns.
            await social.HotReads.CardChangedAsync(Id, new UserCard(Id, account.Username, displayName, avatarUrl));
        }

        return await GetProfileAsync();
    }

    /// <inheritdoc />
    public async Task<UserSettings> UpdateSettingsAsync(SettingsUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        Existing();
        var current = state.State.Settings;
        state.State.Settings = new UserSettings(
            update.ProfileVisibility ?? current.ProfileVisibility,
            update.DefaultPostVisibility ?? current.DefaultPostVisibility,
            update.AllowConnectionRequests ?? current.AllowConnectionRequests,
            update.ApproveFollowers ?? current.ApproveFollowers);
        await state.WriteStateAsync();
        if (current.ProfileVisibility != state.State.Settings.ProfileVisibility)
        {
            await WriteSearchTextAsync();
        }

        // Stored first, so that follows arriving meanwhile are made directly instead of joining the queue.
        if (current.ApproveFollowers && !state.State.Settings.ApproveFollowers)
        {
            await AcceptAllFollowRequestsAsync();
        }

        return state.State.Settings;
    }

    // Search finds a profile by its words only while everyone may read them.
    private Task WriteSearchTextAsync()
    {
        var s = state.State;
        var text = s.Settings.ProfileVisibility == Visibility.Public ? UserSearch.ProfileText(s.Headline, s.Bio, s.Credits, s.Education) : null;
        return users.UpdateProfileTextAsync(Id, text);
    }

    // An empty string clears the field; null keeps it.
    private static string? Cleared(string? update, string? current) => update is null ? current : update.Length == 0 ? null : update;

    // An avatar or banner: one of this user's completed image uploads ("" removes it).
    private async Task<(string? MediaId, string? Url)> ImageAsync(string mediaId, string field)
    {
        if (mediaId.Length == 0)
        {
            return (null, null);
        }

        var media = await social.Media.GetAsync(mediaId);
        if (media is null || !string.Equals(media.OwnerId, Id, StringComparison.Ordinal) || media.Status != MediaStatus.Completed || media.Kind != MediaKind.Image)
        {
            throw VrssException.Invalid(field, $"{field} must be one of your completed image uploads");
        }

        return (media.Id, social.MediaLinks.UrlOf(media));
    }

    // The account, or UserNotFound; an activation for an id without an account does not linger.
    private UserRecord Existing()
    {
        if (_account is { } account)
        {
            return account;
        }

        DeactivateOnIdle();
        throw new VrssException(ErrorCode.UserNotFound, "user not found");
    }
}
