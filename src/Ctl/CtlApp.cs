using System.CommandLine;
using Vrss.Ctl.Accounts;
using Vrss.Ctl.Auth;
using Vrss.Ctl.Cluster;
using Vrss.Ctl.Emails;
using Vrss.Ctl.Feeds;
using Vrss.Ctl.Media;
using Vrss.Ctl.Reports;

namespace Vrss.Ctl;

/// <summary>vrssctl: operations of a VRSS cluster over the admin procedures of <c>POST /api/rpc</c>.</summary>
internal static class CtlApp
{
    /// <summary>Parses <paramref name="args"/> and runs the command; answers the exit code.</summary>
    public static Task<int> RunAsync(string[] args, CtlEnvironment environment)
    {
        var global = new GlobalOptions();
        var root = new RootCommand("Operate a VRSS cluster through its admin API (an admin's session token, never database credentials).");
        root.Options.Add(global.Json);
        root.Options.Add(global.Url);
        foreach (var command in LoginCommands.Create(environment, global))
        {
            root.Subcommands.Add(command);
        }

        root.Subcommands.Add(AccountsCommands.Create(environment, global));
        root.Subcommands.Add(ReportsCommands.Create(environment, global));
        root.Subcommands.Add(MediaCommands.Create(environment, global));
        root.Subcommands.Add(FeedsCommands.Create(environment, global));
        root.Subcommands.Add(ClusterCommands.Create(environment, global));
        root.Subcommands.Add(EmailsCommands.Create(environment, global));
        var configuration = new InvocationConfiguration { Output = environment.Out, Error = environment.Error };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // System.CommandLine answers 1 for a parse error; 1 is ours for an API refusal, and bad arguments are 2.
            foreach (var error in parsed.Errors)
            {
                environment.Error.WriteLine($"error: {error.Message}");
            }

            environment.Error.WriteLine("Run 'vrssctl --help' (or '<command> --help') for usage.");
            return Task.FromResult(ExitCodes.Usage);
        }

        return parsed.InvokeAsync(configuration);
    }
}
