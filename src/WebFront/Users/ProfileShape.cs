using System.Text.Json.Serialization;
using Vrss.GrainInterfaces.Users;

namespace Vrss.WebFront.Users;

/// <summary>The full <c>profile</c> of API.md on the wire.</summary>
public sealed record ProfileShape(
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
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? IsFollowing,
    DateTimeOffset CreatedAt,
    string? Headline,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? FollowRequested)
{
    /// <summary>Whether the signed-in viewer blocks this user; absent when signed out or viewing oneself.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? IsBlocking { get; init; }

    /// <summary>Whether the signed-in viewer mutes this user; absent when signed out or viewing oneself.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? IsMuting { get; init; }

    /// <summary>The wire form of a profile.</summary>
    public static ProfileShape From(UserProfile p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new(p.Id, p.Username, p.DisplayName, p.Bio, p.AvatarUrl, p.BannerUrl, p.Location, p.Website, p.Links, p.Credits, p.Education,
            p.FollowersCount, p.FollowingCount, p.PostsCount, p.IsFollowing, p.CreatedAt, p.Headline, null);
    }
}
