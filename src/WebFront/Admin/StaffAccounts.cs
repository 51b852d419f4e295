using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Moderation;
using Vrss.GrainInterfaces.Users;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Admin;

/// <summary>Reads an account for staff: its owner-side view and its standing.</summary>
internal static class StaffAccounts
{
    /// <summary>The account <paramref name="userId"/> with <paramref name="standing"/> (read when null); 404 / 1302 when there is none.</summary>
    public static async Task<AccountShape> ShapeAsync(RpcContext context, string userId, AccountStanding? standing = null)
    {
        var account = await context.Grains.GetGrain<IUserGrain>(userId).GetAccountAsync().ConfigureAwait(false)
            ?? throw new VrssException(ErrorCode.UserNotFound, "user not found");
        standing ??= await context.Grains.GetGrain<IAccountStandingGrain>(userId).GetAsync().ConfigureAwait(false);
        return AccountShape.From(account, standing);
    }

    /// <summary>Who acts and why, for the audit log.</summary>
    public static StaffReason Why(RpcContext context, string? reason) => new(context.UserId, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim());
}
