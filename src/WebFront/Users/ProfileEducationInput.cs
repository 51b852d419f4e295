using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Users;

/// <summary>An education entry in <c>user.updateProfile</c>.</summary>
[InputRule("endYear is not before startYear.")]
public sealed record ProfileEducationInput([property: FieldRequired][property: FieldText(1, 200)] string? Institution, [property: FieldText(0, 100)] string? Degree, [property: FieldText(0, 100)] string? Field, [property: FieldRange(1900, 2100)] int? StartYear, [property: FieldRange(1900, 2100)] int? EndYear);
