using System.CommandLine;
using System.Text.Json.Nodes;
using Spectre.Console;
using Vrss.Ctl.Api;
using Vrss.Ctl.Output;

namespace Vrss.Ctl.Auth;

/// <summary>
/// <c>vrssctl login</c> signs in with auth.login (password and, when asked, a TOTP code read from the terminal, never
/// from arguments) and keeps the session token in the credentials file; <c>vrssctl logout</c> ends the session and
/// deletes the file.
/// </summary>
internal static class LoginCommands
{
    public static IEnumerable<Command> Create(CtlEnvironment environment, GlobalOptions global)
    {
        var user = new Option<string>("--user") { Description = "Username or email of an admin account.", Required = true };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from the first line of standard input (for scripts)." };
        var login = new Command("login", "Sign in as an admin and keep the session token in a file only you can read.") { user, passwordStdin };
        login.SetAction((result, cancellationToken) => CommandRunner.RunAsync(environment, result, global, async (output, _) =>
        {
            var url = result.GetValue(global.Url) ?? environment.Variable("VRSS_URL")
                ?? throw new UsageException("Pass --url or set VRSS_URL to the silo to sign in to.");
            var password = result.GetValue(passwordStdin)
                ? await environment.In.ReadLineAsync(cancellationToken).ConfigureAwait(false) ?? ""
                : Ask(environment, "Password:");
            using var client = new ApiClient(Connection.BaseUri(url), null, environment.Http);
            var input = new JsonObject { ["login"] = result.GetValue(user), ["password"] = password };
            System.Text.Json.JsonElement data;
            try
            {
                data = await client.CallAsync("auth.login", input, cancellationToken).ConfigureAwait(false);
            }
            catch (ApiException exception) when (exception.Code == 1003 && exception.Message.Contains("totp required", StringComparison.OrdinalIgnoreCase) && !result.GetValue(passwordStdin))
            {
                // A two-factor account answers 1003 "totp required"; ask for it and try once more.
                input["totpCode"] = Ask(environment, "Two-factor code:");
                data = await client.CallAsync("auth.login", input, cancellationToken).ConfigureAwait(false);
            }

            var token = data.GetProperty("sessionToken").GetString() ?? throw new UsageException("The account has no session yet (verify its email first).");
            var store = new CredentialStore(environment.ConfigDirectory);
            store.Save(new StoredCredentials(Connection.BaseUri(url).ToString(), token));
            output.Message($"Signed in; the session token is in {store.FilePath} (mode 0600).");
        }));

        var logout = new Command("logout", "End the stored session (auth.logout) and delete the credentials file.");
        logout.SetAction((result, cancellationToken) => CommandRunner.RunAsync(environment, result, global, async (output, _) =>
        {
            var store = new CredentialStore(environment.ConfigDirectory);
            if (store.Load() is { } stored)
            {
                using var client = new ApiClient(Connection.BaseUri(stored.Url), stored.Token, environment.Http);
                try
                {
                    await client.CallAsync("auth.logout", null, cancellationToken).ConfigureAwait(false);
                }
                catch (ApiException)
                {
                    // Already ended (expired or revoked): deleting the file is all that is left to do.
                }
            }

            output.Message(store.Delete() ? "Signed out." : "No stored session.");
        }));

        return [login, logout];
    }

    // A secret typed on the terminal, without echo; with no terminal to ask on (output to a pipe), a usage error.
    private static string Ask(CtlEnvironment environment, string prompt) =>
        environment.Console.Profile.Capabilities.Interactive
            ? environment.Console.Prompt(new TextPrompt<string>(prompt).Secret())
            : throw new UsageException("No terminal to ask on: use --password-stdin (an account with two-factor needs a terminal).");
}
