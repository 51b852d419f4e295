using System.CommandLine;
using System.Text.Json.Nodes;
using Vrss.Ctl.Output;

namespace Vrss.Ctl.Accounts;

/// <summary>
/// <c>vrssctl accounts list | show | suspend | unsuspend | role | reset-2fa | force-password-reset | storage-tier |
/// delete</c>, over the admin account procedures (admin.listAccounts, admin.getAccount, admin.suspendUser,
/// admin.unsuspendUser, admin.setRole, admin.resetTwoFactor, admin.forcePasswordReset, admin.setStorageTier,
/// admin.deleteAccount).
/// </summary>
internal static class AccountsCommands
{
    private static readonly (string, string)[] s_columns =
        [("Id", "id"), ("Username", "username"), ("Name", "displayName"), ("Email", "email"), ("Verified", "emailVerified"), ("Role", "role"), ("Status", "status"), ("Tier", "storageTier"), ("Created", "createdAt")];

    private static readonly (string, string)[] s_details =
        [.. s_columns, ("Two-factor", "totpEnabled"), ("Silenced", "silencedAt"), ("Suspended", "suspendedAt"), ("Purge at", "purgeAt")];

    public static Command Create(CtlEnvironment environment, GlobalOptions global)
    {
        var query = new Option<string?>("--query") { Description = "A username or email prefix, or a part of the display name." };
        var role = new Option<string?>("--role") { Description = "member, moderator or admin." };
        role.AcceptOnlyFromAmong("member", "moderator", "admin");
        var status = new Option<string?>("--status") { Description = "active, silenced, suspended or pending_deletion." };
        status.AcceptOnlyFromAmong("active", "silenced", "suspended", "pending_deletion");
        var cursor = new Option<string?>("--cursor") { Description = "The nextCursor of a previous page." };
        var limit = new Option<int?>("--limit") { Description = "Accounts per page (1-100)." };
        var list = CommandRunner.Simple(
            environment,
            global,
            new Command("list", "List accounts.") { query, role, status, cursor, limit },
            "admin.listAccounts",
            result => Input(("query", result.GetValue(query)), ("role", result.GetValue(role)), ("status", result.GetValue(status)), ("cursor", result.GetValue(cursor)), ("limit", result.GetValue(limit))),
            (output, data) =>
            {
                output.Table(data.GetProperty("items"), s_columns);
                if (CommandOutput.Cell(data, "nextCursor") is { Length: > 0 } next)
                {
                    output.Message($"More: --cursor {next}");
                }
            });

        var user = new Argument<string>("user") { Description = "Username or user id." };
        var show = new Command("show", "Show one account.") { user };
        show.SetAction((result, _) => CommandRunner.CallAsync(environment, result, global, async (client, output) =>
        {
            var account = await UserResolver.AccountAsync(client, result.GetValue(user)!).ConfigureAwait(false);
            if (output.IsJson)
            {
                output.Json(account);
            }
            else
            {
                output.Record(account, s_details);
            }
        }));

        var newRole = new Argument<string>("role") { Description = "member, moderator or admin." };
        newRole.AcceptOnlyFromAmong("member", "moderator", "admin");
        return new Command("accounts", "User accounts.")
        {
            list,
            show,
            Action(environment, global, "suspend", "Suspend: no sign-in, sessions revoked, profile and posts hidden.", "admin.suspendUser"),
            Action(environment, global, "unsuspend", "Lift a suspension.", "admin.unsuspendUser"),
            Action(environment, global, "role", "Change an account's role.", "admin.setRole", newRole),
            Action(environment, global, "reset-2fa", "Turn off an account's two-factor sign-in (the owner sets it up again).", "admin.resetTwoFactor"),
            Action(environment, global, "force-password-reset", "End every session and email a reset link; sign-in waits for a new password.", "admin.forcePasswordReset"),
            StorageTier(environment, global),
            Delete(environment, global),
        };
    }

    private static Command StorageTier(CtlEnvironment environment, GlobalOptions global)
    {
        var user = new Argument<string>("user") { Description = "Username or user id." };
        var tier = new Argument<string>("tier") { Description = "free or paid." };
        tier.AcceptOnlyFromAmong("free", "paid");
        var reason = new Option<string?>("--reason") { Description = "Why (kept in the audit log)." };
        var command = new Command("storage-tier", "Set an account's media quota tier (admin.setStorageTier).") { user, tier, reason };
        command.SetAction((result, _) => CommandRunner.CallAsync(environment, result, global, async (client, output) =>
        {
            var id = await UserResolver.IdOfAsync(client, result.GetValue(user)!).ConfigureAwait(false);
            var input = Input(("userId", id), ("tier", result.GetValue(tier)), ("reason", result.GetValue(reason)));
            Show(output, await client.CallAsync("admin.setStorageTier", input, CancellationToken.None).ConfigureAwait(false));
        }));
        return command;
    }

    private static Command Delete(CtlEnvironment environment, GlobalOptions global)
    {
        var user = new Argument<string>("user") { Description = "Username or user id." };
        var reason = new Option<string>("--reason") { Description = "Why (kept in the audit log).", Required = true };
        var command = new Command("delete", "Purge an account now: its content, media and sessions (admin.deleteAccount). Cannot be undone.") { user, reason };
        command.SetAction((result, _) => CommandRunner.CallAsync(environment, result, global, async (client, output) =>
        {
            var account = await UserResolver.AccountAsync(client, result.GetValue(user)!).ConfigureAwait(false);
            var id = account.GetProperty("id").GetString()!;
            await client.CallAsync("admin.deleteAccount", Input(("userId", id), ("reason", result.GetValue(reason))), CancellationToken.None).ConfigureAwait(false);
            output.Message($"Deleted {account.GetProperty("username").GetString()} ({id}).");
        }));
        return command;
    }

    private static void Show(CommandOutput output, System.Text.Json.JsonElement data)
    {
        var account = UserResolver.Unwrap(data);
        if (output.IsJson)
        {
            output.Json(account);
        }
        else
        {
            output.Record(account, s_details);
        }
    }

    private static Command Action(CtlEnvironment environment, GlobalOptions global, string name, string description, string procedure, Argument<string>? role = null)
    {
        var user = new Argument<string>("user") { Description = "Username or user id." };
        var reason = new Option<string>("--reason") { Description = "Why (kept in the audit log).", Required = role is null };
        var command = new Command(name, description) { user };
        if (role is not null)
        {
            command.Arguments.Add(role);
        }

        command.Options.Add(reason);
        command.SetAction((result, _) => CommandRunner.CallAsync(environment, result, global, async (client, output) =>
        {
            var id = await UserResolver.IdOfAsync(client, result.GetValue(user)!).ConfigureAwait(false);
            var input = Input(("userId", id), ("reason", result.GetValue(reason)), ("role", role is null ? null : result.GetValue(role)));
            Show(output, await client.CallAsync(procedure, input, CancellationToken.None).ConfigureAwait(false));
        }));
        return command;
    }

    /// <summary>An input object of the given fields, leaving out those without a value.</summary>
    internal static JsonObject Input(params (string Name, object? Value)[] fields)
    {
        var input = new JsonObject();
        foreach (var (name, value) in fields)
        {
            switch (value)
            {
                case string text:
                    input[name] = text;
                    break;
                case int number:
                    input[name] = number;
                    break;
                case bool flag:
                    input[name] = flag;
                    break;
            }
        }

        return input;
    }
}
