namespace Vrss.GrainInterfaces.Users;

/// <summary>Fresh two-factor recovery codes, shown to the user once (only their hashes are kept).</summary>
/// <param name="Codes">The codes, <c>XXXX-XXXX-XXXX-XXXX</c>; each signs in once in place of a TOTP code.</param>
[GenerateSerializer, Immutable]
public sealed record RecoveryCodeList(IReadOnlyList<string> Codes);
