using System.CommandLine;
using System.Text.Json.Nodes;
using Vrss.Ctl.Api;

namespace Vrss.Ctl.Emails;

/// <summary><c>vrssctl emails status [--failed|--queued] | retry (&lt;id&gt;... | --all-failed)</c>.</summary>
internal static class EmailsCommands
{
    public static Command Create(CtlEnvironment environment, GlobalOptions global)
    {
        var failed = new Option<bool>("--failed") { Description = "Only messages given up after their attempts." };
        var queued = new Option<bool>("--queued") { Description = "Only messages waiting for delivery." };
        var limit = new Option<int?>("--limit") { Description = "At most this many (default 100)." };
        var status = CommandRunner.Simple(
            environment,
            global,
            new Command("status", "The outbox: undelivered mail, queued or failed (admin.getEmailOutbox).") { failed, queued, limit },
            "admin.getEmailOutbox",
            result =>
            {
                var input = new JsonObject();
                if (result.GetValue(failed) && result.GetValue(queued))
                {
                    throw new UsageException("Pass --failed or --queued, not both.");
                }

                if (result.GetValue(failed) || result.GetValue(queued))
                {
                    input["status"] = result.GetValue(failed) ? "failed" : "queued";
                }

                if (result.GetValue(limit) is { } count)
                {
                    input["limit"] = count;
                }

                return input;
            },
            (output, data) =>
            {
                var items = data.GetProperty("items");
                output.Table(
                    items,
                    ("Id", "id"), ("To", "recipient"), ("Subject", "subject"), ("Status", "status"), ("Attempts", "attempts"),
                    ("Queued", "createdAt"), ("Next attempt", "nextAttemptAt"), ("Last error", "lastError"), ("Retryable", "retryable"));
                output.Message($"{items.GetArrayLength()} message(s).");
            });

        var ids = new Argument<string[]>("id") { Description = "Failed messages to retry.", Arity = ArgumentArity.ZeroOrMore };
        var allFailed = new Option<bool>("--all-failed") { Description = "Retry every failed message." };
        var retry = CommandRunner.Simple(
            environment,
            global,
            new Command("retry", "Give failed messages a fresh set of delivery attempts (admin.retryEmails).") { ids, allFailed },
            "admin.retryEmails",
            result =>
            {
                var named = result.GetValue(ids) ?? [];
                if ((named.Length == 0) == !result.GetValue(allFailed))
                {
                    throw new UsageException("Name message ids or pass --all-failed.");
                }

                return named.Length == 0 ? new JsonObject { ["allFailed"] = true } : new JsonObject { ["ids"] = new JsonArray([.. named.Select(i => JsonValue.Create(i))]) };
            },
            (output, data) => output.Message($"{data.GetProperty("retried").GetInt32()} message(s) due again."));

        return new Command("emails", "The email outbox.") { status, retry };
    }
}
