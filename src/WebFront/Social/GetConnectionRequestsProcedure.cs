using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Social;

/// <summary><c>social.getConnectionRequests</c>: the pending requests addressed to the caller, newest first.</summary>
public sealed class GetConnectionRequestsProcedure : RpcProcedure<PageInput, PageOutput<ConnectionRequestShape>>
{
    /// <inheritdoc />
    public override string Name => "social.getConnectionRequests";

    /// <inheritdoc />
    protected override void Validate(PageInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        SocialQueries.Limit(input.Limit);
        SocialQueries.Cursor(input.Cursor);
    }

    /// <inheritdoc />
    protected override async Task<PageOutput<ConnectionRequestShape>> ExecuteAsync(PageInput input, RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var page = await SocialQueries.Grain(context).GetConnectionRequestsAsync(context.UserId, input.Cursor, SocialQueries.Limit(input.Limit)).ConfigureAwait(false);
        return new PageOutput<ConnectionRequestShape>([.. page.Items.Select(ConnectionRequestShape.Of)], page.NextCursor);
    }
}
