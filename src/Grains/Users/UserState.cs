using Vrss.GrainInterfaces.Users;

namespace Vrss.Grains.Users;

/// <summary>
/// The profile and settings of a user, in grain storage. Identity, display name and credentials are in the
/// <c>users</c> row instead, so that registering is a single insert.
/// </summary>
public sealed class UserState
{
    /// <summary>The one-line professional headline.</summary>
    public string? Headline { get; set; }

    /// <summary>The biography.</summary>
    public string? Bio { get; set; }

    /// <summary>The avatar's URL.</summary>
    public string? AvatarUrl { get; set; }

    /// <summary>The medium shown as avatar.</summary>
    public string? AvatarMediaId { get; set; }

    /// <summary>The medium shown as banner.</summary>
    public string? BannerMediaId { get; set; }

    /// <summary>The banner's URL.</summary>
    public string? BannerUrl { get; set; }

    /// <summary>The location.</summary>
    public string? Location { get; set; }

    /// <summary>The website.</summary>
    public string? Website { get; set; }

    /// <summary>Links to other sites.</summary>
    public List<ProfileLink> Links { get; set; } = [];

    /// <summary>Credits.</summary>
    public List<ProfileCredit> Credits { get; set; } = [];

    /// <summary>Education entries.</summary>
    public List<ProfileEducation> Education { get; set; } = [];

    /// <summary>Privacy settings.</summary>
    public UserSettings Settings { get; set; } = UserSettings.Default;

}
