using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Social;

/// <summary><c>social.getConnections</c>: the caller's connections, newest first, as user cards.</summary>
internal sealed class GetConnectionsProcedure() : RpcProcedure<PageInput, PageOutput<UserCardShape>>("social.getConnections")
{
    /// <inheritdoc />
    protected override void Validate(PageInput input)
    {
        SocialQueries.Limit(input.Limit);
        SocialQueries.Cursor(input.Cursor);
    }

    /// <inheritdoc />
    protected override async Task<PageOutput<UserCardShape>> ExecuteAsync(PageInput input, RpcContext context)
    {
        var page = await SocialQueries.Grain(context).GetConnectionsAsync(context.UserId, input.Cursor, SocialQueries.Limit(input.Limit)).ConfigureAwait(false);
        return new PageOutput<UserCardShape>([.. page.Items.Select(UserCardShape.From)], page.NextCursor);
    }
}
