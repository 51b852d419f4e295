namespace Vrss.GrainInterfaces.Moderation;

/// <summary>The actions the audit log records (its <c>action</c> values, as API.md lists them).</summary>
public static class AuditActions
{
    /// <summary>An admin changed an account's role (detail: the new role).</summary>
    public const string SetRole = "set_role";

    /// <summary>An account was silenced.</summary>
    public const string Silence = "silence";

    /// <summary>An account's silence was lifted.</summary>
    public const string Unsilence = "unsilence";

    /// <summary>An account was suspended.</summary>
    public const string Suspend = "suspend";

    /// <summary>An account's suspension was lifted.</summary>
    public const string Unsuspend = "unsuspend";

    /// <summary>An admin forced a password reset.</summary>
    public const string ForcePasswordReset = "force_password_reset";

    /// <summary>An admin turned an account's two-factor authentication off.</summary>
    public const string ResetTwoFactor = "reset_two_factor";

    /// <summary>An admin set an account's storage tier (detail: the tier).</summary>
    public const string SetStorageTier = "set_storage_tier";

    /// <summary>An admin deleted an account now (the purge), without the member's grace period.</summary>
    public const string DeleteAccount = "delete_account";

    /// <summary>Staff removed a post.</summary>
    public const string RemovePost = "remove_post";

    /// <summary>Staff removed a comment.</summary>
    public const string RemoveComment = "remove_comment";

    /// <summary>A report was assigned (detail: the assignee's id).</summary>
    public const string AssignReport = "assign_report";

    /// <summary>A report was resolved (detail: the action taken).</summary>
    public const string ResolveReport = "resolve_report";

    /// <summary>A resolved report was reopened.</summary>
    public const string ReopenReport = "reopen_report";

    /// <summary>An account was made admin because its verified email is an owner's (actor: the account itself).</summary>
    public const string OwnerPromoted = "owner_promoted";
}
