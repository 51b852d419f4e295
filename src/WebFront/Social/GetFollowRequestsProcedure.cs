using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Social;

/// <summary><c>social.getFollowRequests</c>: the pending follow requests addressed to the caller, newest first.</summary>
internal sealed class GetFollowRequestsProcedure() : RpcProcedure<PageInput, PageOutput<FollowRequestShape>>("social.getFollowRequests")
{
    /// <inheritdoc />
    protected override void Validate(PageInput input)
    {
        SocialQueries.Limit(input.Limit);
        SocialQueries.Cursor(input.Cursor);
    }

    /// <inheritdoc />
    protected override async Task<PageOutput<FollowRequestShape>> ExecuteAsync(PageInput input, RpcContext context)
    {
        var page = await SocialQueries.Grain(context).GetFollowRequestsAsync(context.UserId, input.Cursor, SocialQueries.Limit(input.Limit)).ConfigureAwait(false);
        return new PageOutput<FollowRequestShape>([.. page.Items.Select(r => new FollowRequestShape(UserCardShape.From(r.From), r.CreatedAt))], page.NextCursor);
    }
}
