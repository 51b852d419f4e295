using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Social;

/// <summary><c>social.getOutgoingConnectionRequests</c>: the pending requests the caller sent, newest first.</summary>
internal sealed class GetOutgoingConnectionRequestsProcedure()
    : RpcProcedure<PageInput, PageOutput<ConnectionRequestShape>>("social.getOutgoingConnectionRequests")
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
        var page = await SocialQueries.Grain(context)
            .GetOutgoingConnectionRequestsAsync(context.UserId, input.Cursor, SocialQueries.Limit(input.Limit)).ConfigureAwait(false);
        return new PageOutput<ConnectionRequestShape>([.. page.Items.Select(ConnectionRequestShape.Of)], page.NextCursor);
    }
}
