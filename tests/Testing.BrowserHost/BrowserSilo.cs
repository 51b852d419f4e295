using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Vrss.Silo.Hosting;
using Vrss.TestingHost;

namespace Vrss.Testing.BrowserHost;

/// <summary>
/// One silo on PostgreSQL, composed as src/Silo/Program.cs composes it (<see cref="SiloBuilderExtensions.AddVrssSilo"/>,
/// <see cref="SiloBuilderExtensions.MapVrss"/>), serving the built client from the given folder (<c>Vrss:Client:Path</c>).
/// Only what a test run needs differs from the embedded default: its own database, ports, media folder, an SMTP
/// listener, and rate limits raised because every browser of the suite comes from 127.0.0.1 (the limits have their
/// own tests).
/// </summary>
public sealed class BrowserSilo : IAsyncDisposable
{
    private static readonly string[] s_raisedLimits =
    [
        "auth.register", "auth.login", "auth.session", "anonymous", "default",
        "post.create", "post.comment", "post.react", "social.follow", "media.initiateUpload",
    ];

    private readonly PostgresServer _postgres;
    private readonly MailDrop _mail;
    private readonly WebApplication _app;
    private readonly string _mediaFolder;

    private BrowserSilo(PostgresServer postgres, MailDrop mail, WebApplication app, string mediaFolder, Uri baseAddress)
    {
        _postgres = postgres;
        _mail = mail;
        _app = app;
        _mediaFolder = mediaFolder;
        BaseAddress = baseAddress;
    }

    /// <summary>Where the silo's web front listens (http://127.0.0.1:port).</summary>
    public Uri BaseAddress { get; }

    /// <summary>Signalled when the silo starts stopping (SIGTERM, Ctrl+C).</summary>
    public CancellationToken Stopping => _app.Lifetime.ApplicationStopping;

    /// <summary>Starts PostgreSQL, the SMTP listener and the silo; returns once the silo has started.</summary>
    public static async Task<BrowserSilo> StartAsync(HostArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var postgres = await PostgresServer.StartDedicatedAsync();
        MailDrop? mail = null;
        var mediaFolder = Path.Combine(Path.GetTempPath(), "vrss-browser-media-" + Guid.NewGuid().ToString("N"));
        try
        {
            var connectionString = await postgres.CreateDatabaseAsync("browser");
            mail = MailDrop.Start(arguments.MailFile);
            var ports = LoopbackPorts.Free(3);
            var baseAddress = new Uri($"http://127.0.0.1:{ports[0]}");
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions
            {
                ContentRootPath = AppContext.BaseDirectory,
            });
            builder.Configuration.AddInMemoryCollection(Settings(baseAddress, ports[1], ports[2], connectionString, mail.Port, mediaFolder, arguments.ClientFolder));

            // Standard output carries only the host's own lines (the test runner reads the address there).
            builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            builder.AddVrssSilo();
            var app = builder.Build();
            app.MapVrss();
            await app.StartAsync();
            return new BrowserSilo(postgres, mail, app, mediaFolder, baseAddress);
        }
        catch
        {
            if (mail is not null)
            {
                await mail.DisposeAsync();
            }

            await postgres.DisposeAsync();
            throw;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _mail.DisposeAsync();
        await _postgres.DisposeAsync();
        if (Directory.Exists(_mediaFolder))
        {
            Directory.Delete(_mediaFolder, recursive: true);
        }
    }

    private static Dictionary<string, string?> Settings(Uri baseAddress, int siloPort, int gatewayPort, string connectionString, int smtpPort, string mediaFolder, string clientFolder)
    {
        var settings = new Dictionary<string, string?>
        {
            ["urls"] = baseAddress.ToString().TrimEnd('/'),
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
            ["Vrss:Storage:Provider"] = "Postgres",
            ["ConnectionStrings:Vrss"] = connectionString,
            ["Vrss:Clustering:Provider"] = "Localhost",
            ["Vrss:Silo:Name"] = "browser-host",
            ["Vrss:Silo:Port"] = Invariant(siloPort),
            ["Vrss:Silo:GatewayPort"] = Invariant(gatewayPort),
            ["Vrss:Observability:Dashboard"] = "false",
            ["Vrss:Client:Path"] = clientFolder,
            ["Vrss:Media:Provider"] = "Local",
            ["Vrss:Media:Local:DataPath"] = mediaFolder,
            ["Vrss:Auth:PublicBaseUrl"] = baseAddress.ToString().TrimEnd('/'),
            ["Vrss:Email:Smtp:Host"] = "127.0.0.1",
            ["Vrss:Email:Smtp:Port"] = Invariant(smtpPort),
            ["Vrss:Email:Smtp:Security"] = "None",
            ["Vrss:Email:Smtp:From"] = "VRSS <no-reply@vrss.test>",
            // The moderation scenario's staff member (tests/Browser/support/api.ts, staffEmail): an admin once verified,
            // the way an operator appoints the first admin of a public instance, so everyone else still registers.
            ["Vrss:Auth:AdminEmails"] = "staff@browser.vrss.test",
        };
        foreach (var policy in s_raisedLimits)
        {
            settings[$"Vrss:RateLimits:{policy}:Limit"] = "1000000";
        }

        return settings;
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
