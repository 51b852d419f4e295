using System.Text.Json.Serialization;

namespace Vrss.WebFront.Users;

/// <summary>
/// What a profile shows to a viewer its visibility hides it from: the public card and <c>restricted: true</c>.
/// </summary>
public sealed record ProfileCardShape(
    string Id,
    string Username,
    string DisplayName,
    string? AvatarUrl,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? IsFollowing,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? FollowRequested)
{
    /// <summary>Whether the signed-in viewer blocks this user; absent when signed out or viewing oneself.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? IsBlocking { get; init; }

    /// <summary>Whether the signed-in viewer mutes this user; absent when signed out or viewing oneself.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? IsMuting { get; init; }

    /// <summary>Always true: the rest of the profile is hidden.</summary>
    public bool Restricted => true;
}
