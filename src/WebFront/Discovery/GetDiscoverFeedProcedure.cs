using Vrss.WebFront.Posts;
using Vrss.WebFront.Rpc;
using Vrss.WebFront.Social;

namespace Vrss.WebFront.Discovery;

/// <summary><c>discovery.getDiscoverFeed</c>: recent public posts ranked by recency and engagement.</summary>
public sealed class GetDiscoverFeedProcedure : RpcProcedure<PageInput, PageOutput<PostShape>>
{
    /// <inheritdoc />
    public override string Name => "discovery.getDiscoverFeed";

    /// <inheritdoc />
    public override bool RequiresSession => false;

    /// <inheritdoc />
    protected override void Validate(PageInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        SocialQueries.Limit(input.Limit);
        SocialQueries.Cursor(input.Cursor);
    }

    /// <inheritdoc />
    protected override async Task<PageOutput<PostShape>> ExecuteAsync(PageInput input, RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        return PostShape.Page(await SocialQueries.Grain(context).GetDiscoverFeedAsync(input.Cursor, SocialQueries.Limit(input.Limit)).ConfigureAwait(false));
    }
}
