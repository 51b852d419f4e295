using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Social;

/// <summary><c>social.getFollowers</c>: a user's followers, newest follow first, as user cards.</summary>
public sealed class GetFollowersProcedure : RpcProcedure<UserPageInput, PageOutput<UserCardShape>>
{
    /// <inheritdoc />
    public override string Name => "social.getFollowers";

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
    protected override async Task<PageOutput<UserCardShape>> ExecuteAsync(UserPageInput input, RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var userId = await SocialQueries.ResolveUserAsync(context, input.Username, input.UserId).ConfigureAwait(false);
        var page = await SocialQueries.Grain(context)
            .GetFollowersAsync(userId, context.Session?.UserId, input.Cursor, SocialQueries.Limit(input.Limit)).ConfigureAwait(false);
        return new PageOutput<UserCardShape>([.. page.Items.Select(UserCardShape.From)], page.NextCursor);
    }
}
