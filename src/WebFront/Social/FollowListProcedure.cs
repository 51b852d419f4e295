using Vrss.GrainInterfaces.Paging;
using Vrss.GrainInterfaces.Social;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Social;

/// <summary>
/// A paged list of one user's follow edges (followers or followees), as user cards; 403 / 1100 when the user's profile
/// visibility hides their full profile from the caller.
/// </summary>
internal abstract class FollowListProcedure(string name) : RpcProcedure<UserPageInput, PageOutput<UserCardShape>>(name, requiresSession: false)
{
    /// <inheritdoc />
    protected override void Validate(UserPageInput input)
    {
        SocialQueries.Limit(input.Limit);
        SocialQueries.Cursor(input.Cursor);
    }

    /// <summary>Reads one page of the list.</summary>
    protected abstract Task<Page<UserListEntry>> ReadAsync(ISocialQueryGrain queries, string userId, string? viewerId, string? cursor, int limit);

    /// <inheritdoc />
    protected override async Task<PageOutput<UserCardShape>> ExecuteAsync(UserPageInput input, RpcContext context)
    {
        var userId = await SocialQueries.ResolveUserAsync(context, input.Username, input.UserId).ConfigureAwait(false);
        var page = await ReadAsync(SocialQueries.Grain(context), userId, context.Session?.UserId, input.Cursor, SocialQueries.Limit(input.Limit)).ConfigureAwait(false);
        return new PageOutput<UserCardShape>([.. page.Items.Select(UserCardShape.From)], page.NextCursor);
    }
}
