using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace Vrss.Testing;

/// <summary>
/// A real S3-compatible server on loopback (the npm package s3rver, from <c>tests/tools</c>, started through
/// <c>tests/tools/s3rver.js</c>, which makes its CopyObject read the source key as S3 does), one per test
/// process, stopped at exit. Tests get a fresh bucket each from <see cref="CreateBucketAsync"/>. s3rver does
/// not check signatures, so signature tampering is tested against the Local provider instead.
/// </summary>
public sealed class S3Server
{
    /// <summary>The access key s3rver accepts.</summary>
    public const string AccessKey = "S3RVER";

    /// <summary>The secret key s3rver accepts.</summary>
    public const string SecretKey = "S3RVER";

    private static readonly Lazy<Task<S3Server>> s_shared = new(StartAsync);

    // Holds the wrapper's stdin open for the life of the test process.
    private static Process? KeepAlive { get; set; }

    private S3Server(Uri serviceUrl) => ServiceUrl = serviceUrl;

    /// <summary>The server of this test run.</summary>
    public static Task<S3Server> Shared => s_shared.Value;

    /// <summary>The endpoint to give the SDK (path-style addressing).</summary>
    public Uri ServiceUrl { get; }

    /// <summary>An SDK client for the server.</summary>
    public AmazonS3Client CreateClient() => new(
        new BasicAWSCredentials(AccessKey, SecretKey),
        new AmazonS3Config { ServiceURL = ServiceUrl.ToString(), ForcePathStyle = true, AuthenticationRegion = "us-east-1" });

    /// <summary>Creates an empty bucket with a unique name.</summary>
    public async Task<string> CreateBucketAsync()
    {
        var name = $"vrss-{Guid.NewGuid():N}"[..30];
        using var client = CreateClient();
        await client.PutBucketAsync(new PutBucketRequest { BucketName = name });
        return name;
    }

    private static async Task<S3Server> StartAsync()
    {
        var tools = FindToolsDirectory();
        var executable = Path.Combine(tools, "node_modules", ".bin", "s3rver");
        var script = Path.Combine(tools, "s3rver.js");
        if (!File.Exists(executable))
        {
            await RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--silent"], tools);
        }

        var port = FreePort();
        var data = Directory.CreateTempSubdirectory("vrss-s3-").FullName;
        // s3rver runs under a shell that kills it when our stdin pipe closes, so the server dies with the test
        // process however that ends (a normal exit, a crash, or a kill by the test runner).
        var info = new ProcessStartInfo("/bin/sh")
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            "-c", "node \"$0\" \"$1\" 127.0.0.1 \"$2\" >/dev/null 2>&1 & child=$!; read -r _; kill $child; rm -rf \"$1\"",
            script, data, port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        })
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start s3rver.");
        KeepAlive = process;

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return new S3Server(new Uri($"http://127.0.0.1:{port}"));
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !process.HasExited)
            {
                await Task.Delay(100);
            }
            catch (SocketException)
            {
                throw new InvalidOperationException(
                    $"s3rver did not start on port {port} (exit code {(process.HasExited ? process.ExitCode : null)}). " +
                    "It needs Node.js and npm: install them (Debian: apt-get install nodejs npm) and run ./test.sh.");
            }
        }
    }

    private static string FindToolsDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "tools", "package.json");
            if (File.Exists(candidate))
            {
                return Path.GetDirectoryName(candidate)!;
            }
        }

        throw new InvalidOperationException("tests/tools/package.json was not found above the test binaries.");
    }

    private static async Task RunAsync(string program, string[] arguments, string workingDirectory)
    {
        var info = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {program}.");
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed in {workingDirectory}; s3rver tests need Node.js and npm.");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
