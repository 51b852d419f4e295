namespace Vrss.Ctl.Tests;

/// <summary>
/// Runs vrssctl's commands in-process, as an operator's shell would: with its own environment variables, config folder
/// and captured output, against a real silo over HTTP.
/// </summary>
internal sealed class Operator : IDisposable
{
    private readonly Dictionary<string, string?> _variables = new(StringComparer.Ordinal);

    public Operator(Uri url, string? token)
    {
        _variables["VRSS_URL"] = url.ToString();
        _variables["VRSS_TOKEN"] = token;
        ConfigDirectory = Path.Combine(Path.GetTempPath(), "vrssctl-" + Guid.NewGuid().ToString("N"));
    }

    public string ConfigDirectory { get; }

    public void Set(string name, string? value) => _variables[name] = value;

    /// <summary>
    /// Runs with <paramref name="stdin"/> as standard input. Named apart from <see cref="RunAsync"/> on purpose: as an
    /// overload, C# binds RunAsync("cluster", "--json") to it (more declared parameters win), eating the command name.
    /// </summary>
    public async Task<CtlRun> RunWithInputAsync(string stdin, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = CtlEnvironment.PipeConsole(output);
        using var handler = new SocketsHttpHandler();
        var environment = new CtlEnvironment(
            name => _variables.GetValueOrDefault(name), ConfigDirectory, console, new StringReader(stdin), output, error, handler);
        var code = await CtlApp.RunAsync(args, environment);
        return new CtlRun(code, output.ToString(), error.ToString());
    }

    public Task<CtlRun> RunAsync(params string[] args) => RunWithInputAsync("", args);

    public void Dispose()
    {
        if (Directory.Exists(ConfigDirectory))
        {
            Directory.Delete(ConfigDirectory, recursive: true);
        }
    }
}
