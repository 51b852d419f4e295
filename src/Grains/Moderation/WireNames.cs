using Vrss.GrainInterfaces.Moderation;

namespace Vrss.Grains.Moderation;

/// <summary>The wire names of the moderation enums, as the audit log's <c>detail</c> stores them.</summary>
internal static class WireNames
{
    public static string Of(AccountRole role) => role switch
    {
        AccountRole.Member => "member",
        AccountRole.Moderator => "moderator",
        AccountRole.Admin => "admin",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static string Of(StorageTier tier) => tier switch
    {
        StorageTier.Free => "free",
        StorageTier.Paid => "paid",
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, null),
    };
}
