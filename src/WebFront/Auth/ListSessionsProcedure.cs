using Vrss.GrainInterfaces.Paging;
using Vrss.GrainInterfaces.Sessions;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Auth;

/// <summary><c>auth.listSessions</c>: the caller's unexpired sessions, newest login first, the calling one marked current.</summary>
internal sealed class ListSessionsProcedure() : RpcProcedure<ListSessionsInput, Page<SessionListItem>>("auth.listSessions")
{
    /// <inheritdoc />
    protected override void Validate(ListSessionsInput input)
    {
        PageLimit.Resolve(input.Limit);
        RpcValidation.OptionalText(input.Cursor, "cursor", 1, 512);
    }

    /// <inheritdoc />
    protected override async Task<Page<SessionListItem>> ExecuteAsync(ListSessionsInput input, RpcContext context)
    {
        var caller = context.Session!;
        var page = await context.Grains.GetGrain<IUserSessionsGrain>(caller.UserId)
            .ListAsync(input.Cursor, PageLimit.Resolve(input.Limit)).ConfigureAwait(false);
        return new Page<SessionListItem>(
            [.. page.Items.Select(s => new SessionListItem(s.SessionId, s.CreatedAt, s.LastUsedAt, s.Ip, s.UserAgent, s.SessionId == caller.SessionId))],
            page.NextCursor);
    }
}
