using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Users;

/// <summary>The input of <c>user.updateProfile</c>; absent fields stay as they are, an empty string clears a field.</summary>
[InputRule("displayName is trimmed and refuses control, invisible and text-direction characters (API.md, Names); website is empty (clears it) or an absolute http or https URL; text fields are one line except bio.")]
public sealed record UpdateProfileInput(
    [property: FieldText(1, 50)] string? DisplayName,
    [property: FieldText(0, 500)] string? Bio,
    [property: FieldText(0, 100, Pattern = "^[\\x21-\\x7E]{0,100}$")] string? AvatarMediaId,
    [property: FieldText(0, 100, Pattern = "^[\\x21-\\x7E]{0,100}$")] string? BannerMediaId,
    [property: FieldText(0, 100)] string? Location,
    [property: FieldText(0, 500)] string? Website,
    [property: FieldItems(10)] IReadOnlyList<ProfileLinkInput?>? Links,
    [property: FieldItems(100)] IReadOnlyList<ProfileCreditInput?>? Credits,
    [property: FieldItems(20)] IReadOnlyList<ProfileEducationInput?>? Education,
    [property: FieldText(0, 120)] string? Headline);
