namespace Vrss.Runtime.Membership;

/// <summary>The membership table at one version; every status change increments the version.</summary>
public sealed record MembershipSnapshot(long Version, IReadOnlyList<MembershipEntry> Entries);
