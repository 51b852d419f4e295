using System.CommandLine;
using System.Text.Json.Nodes;
using Vrss.Ctl.Accounts;
using Vrss.Ctl.Api;

namespace Vrss.Ctl.Feeds;

/// <summary><c>vrssctl feeds rebuild &lt;user&gt; | --all</c> (admin.rebuildFeed).</summary>
internal static class FeedsCommands
{
    public static Command Create(CtlEnvironment environment, GlobalOptions global)
    {
        var user = new Argument<string?>("user") { Description = "The user (username or id) whose home feed to rebuild.", Arity = ArgumentArity.ZeroOrOne };
        var all = new Option<bool>("--all") { Description = "Rebuild every home feed active on any silo (inactive ones build afresh when read)." };
        var rebuild = new Command("rebuild", "Read home feeds again from the tables.") { user, all };
        rebuild.SetAction((result, _) => CommandRunner.CallAsync(environment, result, global, async (client, output) =>
        {
            var name = result.GetValue(user);
            if ((name is null) == !result.GetValue(all))
            {
                throw new UsageException("Name one user or pass --all.");
            }

            var input = name is null
                ? new JsonObject { ["all"] = true }
                : new JsonObject { ["userId"] = await UserResolver.IdOfAsync(client, name).ConfigureAwait(false) };
            var data = await client.CallAsync("admin.rebuildFeed", input, CancellationToken.None).ConfigureAwait(false);
            if (output.IsJson)
            {
                output.Json(data);
            }
            else
            {
                output.Message($"Rebuilt {data.GetProperty("rebuilt").GetInt32()} feed(s).");
            }
        }));
        return new Command("feeds", "Home feeds.") { rebuild };
    }
}
