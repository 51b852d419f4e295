using System.Globalization;
using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Text;
using Vrss.GrainInterfaces.Users;
using Vrss.WebFront.Auth;
using Vrss.WebFront.Social;

namespace Vrss.WebFront.Users;

/// <summary>API.md's profile rules, turning <see cref="UpdateProfileInput"/> into a checked <see cref="ProfileUpdate"/>.</summary>
public static class ProfileRules
{
    /// <summary>The longest biography.</summary>
    public const int BioMaxLength = 500;

    /// <summary>The longest headline.</summary>
    public const int HeadlineMaxLength = 120;

    /// <summary>The most links.</summary>
    public const int MaxLinks = 10;

    /// <summary>The most credits.</summary>
    public const int MaxCredits = 100;

    /// <summary>The most education entries.</summary>
    public const int MaxEducation = 20;

    private const int ShortTextMaxLength = 100;
    private const int LongTextMaxLength = 200;
    private const int UrlMaxLength = 500;
    private const int FirstYear = 1900;
    private const int LastYear = 2100;

    /// <summary>Checks every field given and returns the update.</summary>
    public static ProfileUpdate Check(UpdateProfileInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new ProfileUpdate(
            AccountRules.DisplayName(input.DisplayName),
            PlainText.Optional(input.Bio, "bio", BioMaxLength, multiline: true),
            MediaId(input.AvatarMediaId, "avatarMediaId"),
            MediaId(input.BannerMediaId, "bannerMediaId"),
            PlainText.Optional(input.Location?.Trim(), "location", ShortTextMaxLength, multiline: false),
            input.Website is null ? null : input.Website.Trim().Length == 0 ? "" : PlainText.HttpUrl(input.Website, "website", UrlMaxLength),
            List(input.Links, "links", MaxLinks, Link),
            List(input.Credits, "credits", MaxCredits, Credit),
            List(input.Education, "education", MaxEducation, Education),
            PlainText.Optional(input.Headline?.Trim(), "headline", HeadlineMaxLength, multiline: false));
    }

    private static string? MediaId(string? value, string field) => value is null or "" ? value : InputIds.Require(value, field);

    private static List<T>? List<TInput, T>(IReadOnlyList<TInput?>? items, string field, int max, Func<TInput, string, T> check)
        where TInput : class
    {
        if (items is null)
        {
            return null;
        }

        if (items.Count > max)
        {
            throw VrssException.Invalid(field, $"{field} may have at most {max} entries");
        }

        return [.. items.Select((item, i) =>
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"{field}[{i}]");
            return check(item ?? throw VrssException.Invalid(name, $"{name} must be an object", ErrorCode.MissingRequiredField), name);
        })];
    }

    private static ProfileLink Link(ProfileLinkInput link, string field) => new(
        PlainText.Required(link.Platform?.Trim(), field + ".platform", 30, multiline: false),
        PlainText.HttpUrl(link.Url, field + ".url", UrlMaxLength));

    private static ProfileCredit Credit(ProfileCreditInput credit, string field) => new(
        PlainText.Required(credit.Title?.Trim(), field + ".title", LongTextMaxLength, multiline: false),
        PlainText.Required(credit.Role?.Trim(), field + ".role", ShortTextMaxLength, multiline: false),
        Year(credit.Year, field + ".year") ?? throw VrssException.Invalid(field + ".year", field + ".year is required", ErrorCode.MissingRequiredField),
        Blank(PlainText.Optional(credit.Org?.Trim(), field + ".org", LongTextMaxLength, multiline: false)));

    private static ProfileEducation Education(ProfileEducationInput entry, string field)
    {
        var start = Year(entry.StartYear, field + ".startYear");
        var end = Year(entry.EndYear, field + ".endYear");
        if (start > end)
        {
            throw VrssException.Invalid(field + ".endYear", field + ".endYear must not be before startYear");
        }

        return new ProfileEducation(
            PlainText.Required(entry.Institution?.Trim(), field + ".institution", LongTextMaxLength, multiline: false),
            Blank(PlainText.Optional(entry.Degree?.Trim(), field + ".degree", ShortTextMaxLength, multiline: false)),
            Blank(PlainText.Optional(entry.Field?.Trim(), field + ".field", ShortTextMaxLength, multiline: false)),
            start,
            end);
    }

    private static int? Year(int? year, string field) =>
        year is null or (>= FirstYear and <= LastYear) ? year : throw VrssException.Invalid(field, $"{field} must be between {FirstYear} and {LastYear}");

    private static string? Blank(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
