using Spectre.Console;

namespace Vrss.Ctl;

/// <summary>
/// What a run of vrssctl reads and writes outside its arguments: the environment variables, where credentials are kept,
/// the console and the output streams. Tests give their own to run commands in-process.
/// </summary>
/// <param name="Variable">Reads an environment variable (VRSS_URL, VRSS_TOKEN, VRSS_CONFIG_DIR).</param>
/// <param name="ConfigDirectory">The folder of the credentials file.</param>
/// <param name="Console">Where tables, prompts and errors for people go.</param>
/// <param name="In">Standard input (<c>login --password-stdin</c>).</param>
/// <param name="Out">Where <c>--json</c> output goes.</param>
/// <param name="Error">Where errors go.</param>
/// <param name="Http">Sends the requests (a test may hand in its own handler).</param>
internal sealed record CtlEnvironment(
    Func<string, string?> Variable,
    string ConfigDirectory,
    IAnsiConsole Console,
    TextReader In,
    TextWriter Out,
    TextWriter Error,
    HttpMessageHandler Http)
{
    /// <summary>The real process: its environment, <c>~/.config/vrssctl</c>, stdout and stderr.</summary>
    public static CtlEnvironment FromProcess()
    {
        var configured = Environment.GetEnvironmentVariable("VRSS_CONFIG_DIR");
        var home = Environment.GetEnvironmentVariable("XDG_CONFIG_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config");
        return new CtlEnvironment(
            Environment.GetEnvironmentVariable,
            string.IsNullOrEmpty(configured) ? Path.Combine(home, "vrssctl") : configured,
            System.Console.IsOutputRedirected ? PipeConsole(System.Console.Out) : AnsiConsole.Console,
            System.Console.In,
            System.Console.Out,
            System.Console.Error,
            new SocketsHttpHandler());
    }

    /// <summary>
    /// The console for output that goes to a file or a pipe: plain text, no prompts, and wide, so that a table's ids and
    /// dates are never wrapped across lines where <c>grep</c> or <c>awk</c> would miss them (a terminal keeps its width).
    /// </summary>
    public static IAnsiConsole PipeConsole(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = PipeWidth;
        return console;
    }

    private const int PipeWidth = 400;
}
