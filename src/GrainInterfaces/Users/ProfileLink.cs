namespace Vrss.GrainInterfaces.Users;

/// <summary>A link on a profile.</summary>
/// <param name="Platform">The site's name, such as <c>github</c>.</param>
/// <param name="Url">The URL.</param>
[GenerateSerializer, Immutable]
public sealed record ProfileLink(string Platform, string Url);
