using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Users;

/// <summary>A link in <c>user.updateProfile</c>.</summary>
[InputRule("url is an absolute http or https URL.")]
public sealed record ProfileLinkInput([property: FieldRequired][property: FieldText(1, 30)] string? Platform, [property: FieldRequired][property: FieldText(1, 500, Format = "uri")] string? Url);
