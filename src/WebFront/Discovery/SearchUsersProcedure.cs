using Vrss.WebFront.Rpc;
using Vrss.WebFront.Social;

namespace Vrss.WebFront.Discovery;

/// <summary>
/// <c>discovery.searchUsers</c>: users whose username starts with the query, or whose display name starts with (or,
/// from 3 characters, contains) it; the exact username first, then username prefixes, then display names.
/// </summary>
public sealed class SearchUsersProcedure : RpcProcedure<SearchUsersInput, SearchUsersOutput>
{
    /// <inheritdoc />
    public override string Name => "discovery.searchUsers";

    /// <inheritdoc />
    public override bool RequiresSession => false;

    /// <inheritdoc />
    protected override void Validate(SearchUsersInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        SearchQuery.Check(input.Query);
        SocialQueries.Limit(input.Limit);
    }

    /// <inheritdoc />
    protected override async Task<SearchUsersOutput> ExecuteAsync(SearchUsersInput input, RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var query = SearchQuery.Check(input.Query).ToLowerInvariant();
        var found = await SocialQueries.Grain(context).SearchUsersAsync(query, context.Session?.UserId, SocialQueries.Limit(input.Limit)).ConfigureAwait(false);
        return new SearchUsersOutput([.. found.Select(UserCardShape.From)]);
    }
}
