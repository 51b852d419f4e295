using Vrss.GrainInterfaces.Blocks;
using Vrss.GrainInterfaces.Paging;
using Vrss.GrainInterfaces.Users;
using Vrss.WebFront.Rpc;
using Vrss.WebFront.Social;

namespace Vrss.WebFront.Blocks;

/// <summary>A page of the caller's own block or mute list, most recent first, as user cards.</summary>
internal abstract class BlockListProcedure(string name) : RpcProcedure<PageInput, PageOutput<UserCardShape>>(name)
{
    /// <inheritdoc />
    protected override void Validate(PageInput input)
    {
        SocialQueries.Limit(input.Limit);
        SocialQueries.Cursor(input.Cursor);
    }

    /// <summary>Reads one page of the list.</summary>
    protected abstract Task<Page<UserCard>> ReadAsync(IBlockListGrain grain, string? cursor, int limit);

    /// <inheritdoc />
    protected override async Task<PageOutput<UserCardShape>> ExecuteAsync(PageInput input, RpcContext context)
    {
        var page = await ReadAsync(context.Grains.GetGrain<IBlockListGrain>(context.UserId), input.Cursor, SocialQueries.Limit(input.Limit)).ConfigureAwait(false);
        return new PageOutput<UserCardShape>([.. page.Items.Select(UserCardShape.From)], page.NextCursor);
    }
}
