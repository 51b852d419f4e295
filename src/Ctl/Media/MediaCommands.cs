using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Vrss.Ctl.Output;

namespace Vrss.Ctl.Media;

/// <summary><c>vrssctl media usage | orphans [--remove [--dry-run]]</c>.</summary>
internal static class MediaCommands
{
    private static readonly (string, string)[] s_orphanColumns =
        [("Media", "id"), ("Owner", "ownerId"), ("File", "filename"), ("Type", "contentType"), ("Bytes", "size"), ("Completed", "completedAt")];

    public static Command Create(CtlEnvironment environment, GlobalOptions global)
    {
        var usage = CommandRunner.Simple(
            environment,
            global,
            new Command("usage", "Files and bytes by upload status over every user (admin.getMediaUsage)."),
            "admin.getMediaUsage",
            _ => null,
            (output, data) =>
            {
                var rows = new JsonArray();
                foreach (var status in new[] { "completed", "pending", "failed", "expired" })
                {
                    var total = data.GetProperty(status);
                    rows.Add(new JsonObject { ["status"] = status, ["files"] = total.GetProperty("files").GetInt64(), ["bytes"] = total.GetProperty("bytes").GetInt64() });
                }

                output.Table(JsonSerializer.SerializeToElement(rows), ("Status", "status"), ("Files", "files"), ("Bytes", "bytes"));
            });

        var olderThan = new Option<int?>("--older-than-hours") { Description = "Only uploads completed at least this many hours ago (default 24)." };
        var limit = new Option<int?>("--limit") { Description = "At most this many (default 100, at most 1000)." };
        var remove = new Option<bool>("--remove") { Description = "Delete the orphans (records, stored objects, quota)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "With --remove: list what would be deleted, delete nothing." };
        var orphans = new Command("orphans", "List completed uploads that no live post, avatar or banner shows; --remove deletes them.")
        {
            olderThan, limit, remove, dryRun,
        };
        orphans.SetAction((result, _) => CommandRunner.CallAsync(environment, result, global, async (client, output) =>
        {
            var input = new JsonObject();
            if (result.GetValue(olderThan) is { } hours)
            {
                input["olderThanHours"] = hours;
            }

            if (result.GetValue(limit) is { } count)
            {
                input["limit"] = count;
            }

            var removing = result.GetValue(remove) || result.GetValue(dryRun);
            if (removing)
            {
                input["dryRun"] = result.GetValue(dryRun);
            }

            var data = await client.CallAsync(removing ? "admin.removeOrphanMedia" : "admin.listOrphanMedia", input, CancellationToken.None).ConfigureAwait(false);
            if (output.IsJson)
            {
                output.Json(data);
                return;
            }

            var items = data.GetProperty(removing ? "orphans" : "items");
            output.Table(items, s_orphanColumns);
            var bytes = data.GetProperty("bytes").GetInt64();
            output.Message(!removing ? $"{items.GetArrayLength()} orphan(s), {bytes} bytes."
                : result.GetValue(dryRun) ? $"Dry run: {items.GetArrayLength()} orphan(s), {bytes} bytes would be deleted."
                : $"Deleted {items.GetArrayLength()} orphan(s), {bytes} bytes.");
        }));

        return new Command("media", "Stored media.") { usage, orphans };
    }
}
