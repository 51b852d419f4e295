namespace Vrss.GrainInterfaces.Moderation;

/// <summary>What <c>admin.listAccounts</c> narrows the account list to; null fields do not filter.</summary>
/// <param name="Query">
/// A username or email prefix, or a part of the display name (case-insensitive; matched as typed, no wildcards).
/// </param>
/// <param name="Role">Only accounts with this role.</param>
/// <param name="Status">Only accounts in this status (pending deletion first, then suspended, silenced, active).</param>
[GenerateSerializer, Immutable]
public sealed record AccountFilter(string? Query, AccountRole? Role, AccountStatus? Status);
