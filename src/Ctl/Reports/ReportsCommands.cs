using System.CommandLine;
using System.Text.Json;
using Vrss.Ctl.Accounts;
using Vrss.Ctl.Output;

namespace Vrss.Ctl.Reports;

/// <summary>
/// <c>vrssctl reports list | show | assign | resolve | reopen</c>, over the moderation queue (admin.listReports,
/// admin.getReport, admin.assignReport, admin.resolveReport, admin.reopenReport).
/// </summary>
internal static class ReportsCommands
{
    private static readonly (string, string)[] s_columns =
        [("Id", "id"), ("Category", "category"), ("Target", "target.kind"), ("Target id", "target.id"), ("Target user", "target.user.username"),
         ("Reporter", "reporter.username"), ("Status", "status"), ("Assignee", "assignee.username"), ("Created", "createdAt")];

    private static readonly (string, string)[] s_details =
        [.. s_columns, ("Excerpt", "target.excerpt"), ("Comment", "comment"), ("Action", "resolution.action"), ("Reason", "resolution.reason"),
         ("Resolved by", "resolution.by.username"), ("Resolved", "resolution.at")];

    public static Command Create(CtlEnvironment environment, GlobalOptions global)
    {
        var status = new Option<string?>("--status") { Description = "open or resolved." };
        status.AcceptOnlyFromAmong("open", "resolved");
        var category = new Option<string?>("--category") { Description = "spam, harassment, illegal or other." };
        category.AcceptOnlyFromAmong("spam", "harassment", "illegal", "other");
        var mine = new Option<bool>("--mine") { Description = "Only reports assigned to me." };
        var cursor = new Option<string?>("--cursor") { Description = "The nextCursor of a previous page." };
        var limit = new Option<int?>("--limit") { Description = "Reports per page (1-100)." };
        var list = CommandRunner.Simple(
            environment,
            global,
            new Command("list", "The report queue.") { status, category, mine, cursor, limit },
            "admin.listReports",
            result => AccountsCommands.Input(
                ("status", result.GetValue(status)), ("category", result.GetValue(category)), ("assignedToMe", result.GetValue(mine) ? true : null),
                ("cursor", result.GetValue(cursor)), ("limit", result.GetValue(limit))),
            (output, data) =>
            {
                output.Table(data.GetProperty("items"), s_columns);
                if (CommandOutput.Cell(data, "nextCursor") is { Length: > 0 } next)
                {
                    output.Message($"More: --cursor {next}");
                }
            });

        var id = new Argument<string>("report") { Description = "The report id." };
        var show = new Command("show", "Show one report, open or resolved (admin.getReport).") { id };
        show.SetAction((result, _) => CommandRunner.CallAsync(environment, result, global, async (client, output) =>
        {
            var report = await client.CallAsync("admin.getReport", AccountsCommands.Input(("reportId", result.GetValue(id))), CancellationToken.None).ConfigureAwait(false);
            if (output.IsJson)
            {
                output.Json(report);
            }
            else
            {
                output.Record(report, s_details);
            }
        }));

        var assignId = new Argument<string>("report") { Description = "The report id." };
        var to = new Option<string?>("--to") { Description = "Username or id of the staff member (default: me)." };
        var assign = new Command("assign", "Assign a report.") { assignId, to };
        assign.SetAction((result, _) => CommandRunner.CallAsync(environment, result, global, async (client, output) =>
        {
            var assignee = result.GetValue(to) is { } name ? await UserResolver.IdOfAsync(client, name).ConfigureAwait(false) : null;
            Show(output, await client.CallAsync("admin.assignReport", AccountsCommands.Input(("reportId", result.GetValue(assignId)), ("userId", assignee)), CancellationToken.None).ConfigureAwait(false));
        }));

        var resolveId = new Argument<string>("report") { Description = "The report id." };
        var action = new Option<string>("--action") { Description = "none, remove_content, silence or suspend.", Required = true };
        action.AcceptOnlyFromAmong("none", "remove_content", "silence", "suspend");
        var reason = new Option<string>("--reason") { Description = "Why (kept in the audit log; the author is told for removals).", Required = true };
        var resolve = new Command("resolve", "Resolve a report with an action.") { resolveId, action, reason };
        resolve.SetAction((result, _) => CommandRunner.CallAsync(environment, result, global, async (client, output) =>
            Show(output, await client.CallAsync(
                "admin.resolveReport",
                AccountsCommands.Input(("reportId", result.GetValue(resolveId)), ("action", result.GetValue(action)), ("reason", result.GetValue(reason))),
                CancellationToken.None).ConfigureAwait(false))));

        var reopenId = new Argument<string>("report") { Description = "The report id." };
        var reopen = new Command("reopen", "Reopen a resolved report.") { reopenId };
        reopen.SetAction((result, _) => CommandRunner.CallAsync(environment, result, global, async (client, output) =>
            Show(output, await client.CallAsync("admin.reopenReport", AccountsCommands.Input(("reportId", result.GetValue(reopenId))), CancellationToken.None).ConfigureAwait(false))));

        return new Command("reports", "The moderation queue.") { list, show, assign, resolve, reopen };
    }

    private static void Show(CommandOutput output, JsonElement data)
    {
        var report = data.ValueKind == JsonValueKind.Object && data.TryGetProperty("report", out var inner) ? inner : data;
        if (output.IsJson)
        {
            output.Json(report);
        }
        else
        {
            output.Record(report, s_details);
        }
    }
}
