namespace Vrss.GrainInterfaces.Users;

/// <summary>A pending two-factor secret for an authenticator app.</summary>
/// <param name="Secret">The shared secret, Base32 (RFC 4648) without padding.</param>
/// <param name="OtpauthUri">The <c>otpauth://totp/...</c> URI for a QR code.</param>
[GenerateSerializer, Immutable]
public sealed record TotpSetup(string Secret, string OtpauthUri);
