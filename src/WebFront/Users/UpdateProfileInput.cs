namespace Vrss.WebFront.Users;

/// <summary>The input of <c>user.updateProfile</c>; absent fields stay as they are, an empty string clears a field.</summary>
public sealed record UpdateProfileInput(
    string? DisplayName,
    string? Bio,
    string? AvatarMediaId,
    string? BannerMediaId,
    string? Location,
    string? Website,
    IReadOnlyList<ProfileLinkInput?>? Links,
    IReadOnlyList<ProfileCreditInput?>? Credits,
    IReadOnlyList<ProfileEducationInput?>? Education);
