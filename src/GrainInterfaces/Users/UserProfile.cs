namespace Vrss.GrainInterfaces.Users;

/// <summary>A user's public profile, shaped like the <c>profile</c> of <c>user.getProfile</c>.</summary>
/// <param name="Id">The user id.</param>
/// <param name="Username">The username.</param>
/// <param name="DisplayName">The display name.</param>
/// <param name="Bio">The biography (at most 500 characters), if any.</param>
/// <param name="AvatarUrl">The avatar's URL, if any.</param>
/// <param name="BannerUrl">The banner's URL, if any.</param>
/// <param name="Location">The location, if any.</param>
/// <param name="Website">The website, if any.</param>
/// <param name="Links">Links to other sites.</param>
/// <param name="Credits">Credits.</param>
/// <param name="Education">Education entries.</param>
/// <param name="FollowersCount">How many users follow this one.</param>
/// <param name="FollowingCount">How many users this one follows.</param>
/// <param name="PostsCount">How many posts this user has.</param>
/// <param name="IsFollowing">Whether the viewer follows this user; null when there is no viewer.</param>
/// <param name="CreatedAt">When the account was created.</param>
/// <param name="Headline">A one-line professional headline (at most 120 characters), if any. Last, so older callers stay valid.</param>
[GenerateSerializer, Immutable]
public sealed record UserProfile(
    string Id,
    string Username,
    string DisplayName,
    string? Bio,
    string? AvatarUrl,
    string? BannerUrl,
    string? Location,
    string? Website,
    IReadOnlyList<ProfileLink> Links,
    IReadOnlyList<ProfileCredit> Credits,
    IReadOnlyList<ProfileEducation> Education,
    long FollowersCount,
    long FollowingCount,
    long PostsCount,
    bool? IsFollowing,
    DateTimeOffset CreatedAt,
    string? Headline = null);
