using Vrss.GrainInterfaces.Users;

namespace Vrss.GrainInterfaces.Moderation;

/// <summary>An account as an admin's list shows it: the account row and its standing.</summary>
/// <param name="Account">The account (identity, verification, two-factor, a pending deletion).</param>
/// <param name="Standing">Its role, restrictions and storage tier.</param>
[GenerateSerializer, Immutable]
public sealed record StaffAccountView(AccountView Account, AccountStanding Standing);
