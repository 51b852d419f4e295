namespace Vrss.GrainInterfaces.Users;

/// <summary>
/// Changes to a profile (<c>user.updateProfile</c>): a null field stays as it is; an empty string clears a text
/// field or removes the avatar or banner; a list replaces the whole list. The web front has checked the rules.
/// </summary>
/// <param name="DisplayName">The new display name.</param>
/// <param name="Bio">The biography (at most 500 characters).</param>
/// <param name="AvatarMediaId">An own, completed image to show as avatar.</param>
/// <param name="BannerMediaId">An own, completed image to show as banner.</param>
/// <param name="Location">The location.</param>
/// <param name="Website">The website (http or https).</param>
/// <param name="Links">Links to other sites (at most 10).</param>
/// <param name="Credits">Credits (at most 100).</param>
/// <param name="Education">Education entries (at most 20).</param>
/// <param name="Headline">The one-line headline (at most 120 characters).</param>
[GenerateSerializer, Immutable]
public sealed record ProfileUpdate(
    string? DisplayName,
    string? Bio,
    string? AvatarMediaId,
    string? BannerMediaId,
    string? Location,
    string? Website,
    IReadOnlyList<ProfileLink>? Links,
    IReadOnlyList<ProfileCredit>? Credits,
    IReadOnlyList<ProfileEducation>? Education,
    string? Headline = null);
