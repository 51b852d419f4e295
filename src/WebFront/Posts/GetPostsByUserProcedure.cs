using Vrss.WebFront.Rpc;
using Vrss.WebFront.Social;

namespace Vrss.WebFront.Posts;

/// <summary><c>post.getByUser</c>: a user's posts that the caller may see, newest first.</summary>
public sealed class GetPostsByUserProcedure : RpcProcedure<UserPageInput, PageOutput<PostShape>>
{
    /// <inheritdoc />
    public override string Name => "post.getByUser";

    /// <inheritdoc />
    public override bool RequiresSession => false;

    /// <inheritdoc />
    protected override void Validate(UserPageInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        SocialQueries.Limit(input.Limit);
        SocialQueries.Cursor(input.Cursor);
    }

    /// <inheritdoc />
    protected override async Task<PageOutput<PostShape>> ExecuteAsync(UserPageInput input, RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var authorId = await SocialQueries.ResolveUserAsync(context, input.Username, input.UserId).ConfigureAwait(false);
        var page = await SocialQueries.Grain(context)
            .GetPostsByAuthorAsync(authorId, context.Session?.UserId, input.Cursor, SocialQueries.Limit(input.Limit)).ConfigureAwait(false);
        return PostShape.Page(page);
    }
}
