using Microsoft.Extensions.DependencyInjection;
using Vrss.WebFront.Rpc;

namespace Vrss.WebFront.Reports;

/// <summary>Registers the report procedures and staff content removal.</summary>
public static class ReportProceduresServiceCollectionExtensions
{
    /// <summary>Adds <c>moderation.report</c>, the report queue's <c>admin.*</c> procedures, and <c>admin.removePost</c> / <c>admin.removeComment</c>.</summary>
    public static IServiceCollection AddReportProcedures(this IServiceCollection services) => services
        .AddRpcProcedure<FileReportProcedure>()
        .AddRpcProcedure<ListReportsProcedure>()
        .AddRpcProcedure<GetReportProcedure>()
        .AddRpcProcedure<AssignReportProcedure>()
        .AddRpcProcedure<ResolveReportProcedure>()
        .AddRpcProcedure<ReopenReportProcedure>()
        .AddRpcProcedure<RemovePostProcedure>()
        .AddRpcProcedure<RemoveCommentProcedure>();
}
