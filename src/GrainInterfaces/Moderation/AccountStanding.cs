namespace Vrss.GrainInterfaces.Moderation;

/// <summary>An account's role and the restrictions staff placed on it.</summary>
/// <param name="Role">What the account may do.</param>
/// <param name="SilencedAt">When the account was silenced; null when it is not.</param>
/// <param name="SuspendedAt">When the account was suspended; null when it is not.</param>
/// <param name="StorageTier">Which media quota applies.</param>
[GenerateSerializer, Immutable]
public sealed record AccountStanding(AccountRole Role, DateTimeOffset? SilencedAt, DateTimeOffset? SuspendedAt, StorageTier StorageTier)
{
    /// <summary>A member without restrictions: every account without a stored standing.</summary>
    public static AccountStanding Default { get; } = new(AccountRole.Member, null, null, StorageTier.Free);

    /// <summary>The strongest restriction in force.</summary>
    public AccountStatus Status => SuspendedAt is not null ? AccountStatus.Suspended
        : SilencedAt is not null ? AccountStatus.Silenced
        : AccountStatus.Active;

    /// <summary>Whether the account is suspended (hidden, and cannot sign in).</summary>
    public bool IsSuspended => SuspendedAt is not null;

    /// <summary>Whether the account is kept out of discovery and search (silenced or suspended).</summary>
    public bool IsRestricted => SilencedAt is not null || SuspendedAt is not null;
}
