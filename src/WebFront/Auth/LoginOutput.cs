namespace Vrss.WebFront.Auth;

/// <summary>The data of <c>auth.login</c>: <c>deviceToken</c> is also set as the <c>vrss_device</c> cookie.</summary>
public sealed record LoginOutput(SessionUser User, string SessionToken, string DeviceToken);
