namespace Vrss.WebFront.RateLimits;

/// <summary>
/// Rate-limit policies by name, bound from <c>Vrss:RateLimits</c> (for example
/// <c>Vrss:RateLimits:auth.login:Limit=3</c>); defaults are API.md's table.
/// </summary>
public sealed class RateLimitOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Vrss:RateLimits";

    /// <summary>The policies.</summary>
    public Dictionary<string, RateLimitPolicyOptions> Policies { get; } = new(StringComparer.Ordinal)
    {
        [RateLimitPolicies.Login] = Policy(10, TimeSpan.FromMinutes(15), persist: true),
        [RateLimitPolicies.Register] = Policy(5, TimeSpan.FromMinutes(30), persist: true),
        [RateLimitPolicies.PasswordReset] = Policy(5, TimeSpan.FromMinutes(30), persist: true),
        [RateLimitPolicies.PasswordResetByAddress] = Policy(20, TimeSpan.FromMinutes(30), persist: true),
        [RateLimitPolicies.SessionLookup] = Policy(60, TimeSpan.FromMinutes(5), persist: false),
        [RateLimitPolicies.Totp] = Policy(10, TimeSpan.FromMinutes(15), persist: true),
        [RateLimitPolicies.ResendVerification] = Policy(3, TimeSpan.FromHours(1), persist: true),
        [RateLimitPolicies.ChangeEmail] = Policy(5, TimeSpan.FromHours(1), persist: true),
        [RateLimitPolicies.ExportData] = Policy(5, TimeSpan.FromHours(24), persist: true),
        [RateLimitPolicies.PostCreate] = Policy(10, TimeSpan.FromMinutes(1), persist: false),
        [RateLimitPolicies.PostComment] = Policy(60, TimeSpan.FromMinutes(1), persist: false),
        [RateLimitPolicies.PostReact] = Policy(60, TimeSpan.FromMinutes(1), persist: false),
        [RateLimitPolicies.SocialFollow] = Policy(400, TimeSpan.FromHours(24), persist: true),
        [RateLimitPolicies.MediaUpload] = Policy(30, TimeSpan.FromMinutes(30), persist: true),
        [RateLimitPolicies.ModerationReport] = Policy(30, TimeSpan.FromHours(1), persist: true),
        [RateLimitPolicies.Default] = Policy(1500, TimeSpan.FromMinutes(5), persist: false),
        [RateLimitPolicies.Anonymous] = Policy(300, TimeSpan.FromMinutes(5), persist: false),
    };

    private static RateLimitPolicyOptions Policy(int limit, TimeSpan window, bool persist) =>
        new() { Limit = limit, Window = window, Persist = persist };
}
