namespace Vrss.WebFront.Users;

/// <summary>An education entry in <c>user.updateProfile</c>.</summary>
public sealed record ProfileEducationInput(string? Institution, string? Degree, string? Field, int? StartYear, int? EndYear);
