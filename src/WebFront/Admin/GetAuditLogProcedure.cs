using Vrss.GrainInterfaces.Moderation;
using Vrss.WebFront.Rpc;
using Vrss.WebFront.Social;

namespace Vrss.WebFront.Admin;

/// <summary><c>admin.getAuditLog</c> (admins only): the append-only log of staff actions, newest first.</summary>
internal sealed class GetAuditLogProcedure() : RpcProcedure<AuditLogInput, PageOutput<AuditEntryShape>>("admin.getAuditLog", requiredRole: AccountRole.Admin)
{
    /// <inheritdoc />
    protected override async Task<PageOutput<AuditEntryShape>> ExecuteAsync(AuditLogInput input, RpcContext context)
    {
        var page = await context.Grains.GetGrain<IModerationQueryGrain>("0")
            .GetAuditLogAsync(input.ActorId, input.TargetUserId, input.Cursor, SocialQueries.Limit(input.Limit)).ConfigureAwait(false);
        return new PageOutput<AuditEntryShape>([.. page.Items.Select(AuditEntryShape.From)], page.NextCursor);
    }
}
