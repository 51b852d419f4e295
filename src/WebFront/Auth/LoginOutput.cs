namespace Vrss.WebFront.Auth;

/// <summary>
/// The data of <c>auth.login</c>: <c>deviceToken</c> is also set as the <c>vrss_device</c> cookie;
/// <c>deletionCancelled</c> is true when this sign-in cancelled the account's scheduled deletion.
/// </summary>
public sealed record LoginOutput(SessionUser User, string SessionToken, string DeviceToken, bool DeletionCancelled);
