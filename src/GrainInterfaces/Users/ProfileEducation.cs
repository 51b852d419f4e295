namespace Vrss.GrainInterfaces.Users;

/// <summary>An education entry on a profile.</summary>
/// <param name="Institution">The school or university.</param>
/// <param name="Degree">The degree, if any.</param>
/// <param name="Field">The field of study, if any.</param>
/// <param name="StartYear">The first year, if given.</param>
/// <param name="EndYear">The last year, if given.</param>
[GenerateSerializer, Immutable]
public sealed record ProfileEducation(string Institution, string? Degree, string? Field, int? StartYear, int? EndYear);
