using Vrss.GrainInterfaces.Moderation;
using Vrss.WebFront.Rpc;
using Vrss.WebFront.Social;

namespace Vrss.WebFront.Admin;

/// <summary>
/// <c>admin.listAccounts</c> (admins only): accounts newest first, narrowed by a username, email or display-name query,
/// a role or a status; keyset pages.
/// </summary>
internal sealed class ListAccountsProcedure() : RpcProcedure<ListAccountsInput, PageOutput<AccountShape>>("admin.listAccounts", requiredRole: AccountRole.Admin)
{
    /// <inheritdoc />
    protected override async Task<PageOutput<AccountShape>> ExecuteAsync(ListAccountsInput input, RpcContext context)
    {
        var filter = new AccountFilter(string.IsNullOrWhiteSpace(input.Query) ? null : input.Query.Trim(), input.Role, input.Status);
        var page = await context.Grains.GetGrain<IModerationQueryGrain>("0")
            .ListAccountsAsync(filter, input.Cursor, SocialQueries.Limit(input.Limit)).ConfigureAwait(false);
        return new PageOutput<AccountShape>([.. page.Items.Select(a => AccountShape.From(a.Account, a.Standing))], page.NextCursor);
    }
}
