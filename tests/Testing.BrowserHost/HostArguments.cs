namespace Vrss.Testing.BrowserHost;

/// <summary>
/// What the browser tests ask of the host: <c>--client &lt;folder&gt;</c> (the built PWA, <c>src/Client/dist</c> of the
/// checkout when omitted) and <c>--mail &lt;file&gt;</c> (where emails sent by the silo are appended, one JSON object a line).
/// </summary>
/// <param name="ClientFolder">The folder holding the built client's <c>index.html</c>.</param>
/// <param name="MailFile">The file emails are appended to.</param>
public sealed record HostArguments(string ClientFolder, string MailFile)
{
    /// <summary>Parses the command line; a missing or wrong value is an error that says what to pass.</summary>
    public static HostArguments Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? client = null;
        string? mail = null;
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--client":
                    client = value;
                    break;
                case "--mail":
                    mail = value;
                    break;
                default:
                    throw new ArgumentException($"Unknown argument {args[i]}; expected --client <folder> and --mail <file>.");
            }

            i++;
        }

        client = Path.GetFullPath(client ?? DefaultClientFolder());
        if (!File.Exists(Path.Combine(client, "index.html")))
        {
            throw new ArgumentException($"{client} holds no index.html: build the client first (src/Client: npm ci && npm run build).");
        }

        return new HostArguments(client, Path.GetFullPath(mail ?? Path.Combine(Path.GetTempPath(), $"vrss-browser-mail-{Environment.ProcessId}.jsonl")));
    }

    // The checkout's src/Client/dist, found upwards from the host's output folder (tests/Testing.BrowserHost/bin/...).
    private static string DefaultClientFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "src", "Client", "dist");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new ArgumentException("No src/Client/dist above the host's folder; pass --client <folder>.");
    }
}
