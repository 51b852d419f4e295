using Vrss.WebFront.Rpc;
using Vrss.WebFront.Social;

namespace Vrss.WebFront.Discovery;

/// <summary>
/// <c>discovery.searchUsers</c>: users whose username starts with the query, or whose display name starts with (or,
/// from 3 characters, contains) it; the exact username first, then username prefixes, then display names.
/// </summary>
internal sealed class SearchUsersProcedure() : RpcProcedure<SearchUsersInput, SearchUsersOutput>("discovery.searchUsers", requiresSession: false)
{
    /// <inheritdoc />
    protected override void Validate(SearchUsersInput input)
    {
        SearchQuery.Check(input.Query);
        SocialQueries.Limit(input.Limit);
    }

    /// <inheritdoc />
    protected override async Task<SearchUsersOutput> ExecuteAsync(SearchUsersInput input, RpcContext context)
    {
        var query = SearchQuery.Check(input.Query).ToLowerInvariant();
        var found = await SocialQueries.Grain(context).SearchUsersAsync(query, context.Session?.UserId, SocialQueries.Limit(input.Limit)).ConfigureAwait(false);
        return new SearchUsersOutput([.. found.Select(UserCardShape.From)]);
    }
}
