namespace Vrss.GrainInterfaces.Users;

/// <summary>A credit on a profile (a work the user contributed to).</summary>
/// <param name="Title">The work's title.</param>
/// <param name="Role">The user's role.</param>
/// <param name="Year">The year.</param>
/// <param name="Org">The organisation, if any.</param>
[GenerateSerializer, Immutable]
public sealed record ProfileCredit(string Title, string Role, int Year, string? Org);
