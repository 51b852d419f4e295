using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Users;

/// <summary>A credit in <c>user.updateProfile</c>.</summary>
public sealed record ProfileCreditInput([property: FieldRequired][property: FieldText(1, 200)] string? Title, [property: FieldRequired][property: FieldText(1, 100)] string? Role, [property: FieldRequired][property: FieldRange(1900, 2100)] int? Year, [property: FieldText(0, 200)] string? Org);
