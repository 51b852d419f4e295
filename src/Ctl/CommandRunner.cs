using System.CommandLine;
using System.Text.Json;
using Vrss.Ctl.Api;
using Vrss.Ctl.Auth;
using Vrss.Ctl.Output;

namespace Vrss.Ctl;

/// <summary>Runs a command's body and turns its failures into exit codes and messages (API code and message included).</summary>
internal static class CommandRunner
{
    /// <summary>Runs <paramref name="body"/> with an output for the chosen format.</summary>
    public static async Task<int> RunAsync(CtlEnvironment environment, ParseResult result, GlobalOptions global, Func<CommandOutput, CancellationToken, Task> body)
    {
        var output = new CommandOutput(environment, result.GetValue(global.Json));
        try
        {
            await body(output, CancellationToken.None).ConfigureAwait(false);
            return ExitCodes.Success;
        }
        catch (ApiException exception)
        {
            output.Fail(exception.Code, exception.Message, exception.Status);
            return ExitCodes.ApiError;
        }
        catch (UsageException exception)
        {
            output.Fail(null, exception.Message, null);
            return ExitCodes.Usage;
        }
        catch (UnreachableException exception)
        {
            output.Fail(null, exception.Message, null);
            return ExitCodes.Unreachable;
        }
    }

    /// <summary>Runs a command that calls the API with the configured connection.</summary>
    public static Task<int> CallAsync(CtlEnvironment environment, ParseResult result, GlobalOptions global, Func<ApiClient, CommandOutput, Task> body) =>
        RunAsync(environment, result, global, async (output, _) =>
        {
            using var client = Connection.Open(environment, result.GetValue(global.Url));
            await body(client, output).ConfigureAwait(false);
        });

    /// <summary>A command that calls one procedure and shows its answer with <paramref name="render"/>.</summary>
    public static Command Simple(
        CtlEnvironment environment,
        GlobalOptions global,
        Command command,
        string procedure,
        Func<ParseResult, System.Text.Json.Nodes.JsonObject?> input,
        Action<CommandOutput, JsonElement> render)
    {
        command.SetAction((result, _) => CallAsync(environment, result, global, async (client, output) =>
        {
            var data = await client.CallAsync(procedure, input(result), CancellationToken.None).ConfigureAwait(false);
            if (output.IsJson)
            {
                output.Json(data);
            }
            else
            {
                render(output, data);
            }
        }));
        return command;
    }
}
