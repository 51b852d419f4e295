using System.Globalization;
using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Paging;
using Vrss.GrainInterfaces.Social;
using Vrss.GrainInterfaces.Users;
using Vrss.WebFront.Auth;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Social;

/// <summary>What the social procedures share: the query grains, user resolution and paging input.</summary>
public static class SocialQueries
{
    /// <summary>How many query-grain activations share the read load (they spread over the silos).</summary>
    public const int Shards = 16;

    private static int s_next;

    /// <summary>A query grain; successive calls go round the shards.</summary>
    public static ISocialQueryGrain Grain(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var shard = (int)((uint)Interlocked.Increment(ref s_next) % Shards);
        return context.Grains.GetGrain<ISocialQueryGrain>(shard.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// The id of the user named by <paramref name="userId"/> or else <paramref name="username"/>: 400 / 1202 when
    /// neither is given, 404 / 1302 when there is no such user.
    /// </summary>
    public static async Task<string> ResolveUserAsync(RpcContext context, string? username, string? userId)
    {
        ArgumentNullException.ThrowIfNull(context);
        // A malformed username is refused even beside a userId, as the document says: garbage is never ignored.
        var checkedName = username is null ? null : AccountRules.Username(username);
        if (userId is not null)
        {
            var card = await Grain(context).FindUserAsync(InputIds.Require(userId, "userId")).ConfigureAwait(false);
            return card?.Id ?? throw UserNotFound();
        }

        if (username is null)
        {
            throw VrssException.Invalid("username", "username or userId is required", ErrorCode.MissingRequiredField);
        }

        return await context.Grains.GetGrain<IUserLookupGrain>(UserLookupKey.ForUsername(checkedName!)).FindUserIdAsync().ConfigureAwait(false)
            ?? throw UserNotFound();
    }

    /// <summary>The field that named the user (for errors about it).</summary>
    public static string UserField(string? userId) => userId is not null ? "userId" : "username";

    /// <summary>The page size of API.md (1-100, default 20).</summary>
    public static int Limit(int? limit) => PageLimit.Resolve(limit);

    /// <summary>Checks a cursor's size before it travels to a grain (the grains check its content).</summary>
    public static string? Cursor(string? cursor) =>
        cursor is { Length: > 512 } ? throw VrssException.Invalid("cursor", "cursor is not valid for this list", ErrorCode.InvalidFormat) : cursor;

    private static VrssException UserNotFound() => new(ErrorCode.UserNotFound, "user not found");
}
