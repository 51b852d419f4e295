using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Social;

/// <summary><c>social.getConnectionRequests</c>: the pending requests addressed to the caller, newest first.</summary>
internal sealed class GetConnectionRequestsProcedure() : RpcProcedure<PageInput, PageOutput<ConnectionRequestShape>>("social.getConnectionRequests")
{
    /// <inheritdoc />
    protected override void Validate(PageInput input)
    {
        SocialQueries.Limit(input.Limit);
        SocialQueries.Cursor(input.Cursor);
    }

    /// <inheritdoc />
    protected override async Task<PageOutput<ConnectionRequestShape>> ExecuteAsync(PageInput input, RpcContext context)
    {
        var page = await SocialQueries.Grain(context).GetConnectionRequestsAsync(context.UserId, input.Cursor, SocialQueries.Limit(input.Limit)).ConfigureAwait(false);
        return new PageOutput<ConnectionRequestShape>([.. page.Items.Select(ConnectionRequestShape.Of)], page.NextCursor);
    }
}
