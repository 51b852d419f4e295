using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Vrss.WebFront.Tests.OpenApi;

/// <summary>
/// Stoplight Prism as a validating proxy (<c>prism proxy --errors</c>) in front of a silo: a request that breaks the
/// document is answered 422 by Prism itself, an answer that breaks it is turned into an error, and both are logged.
/// </summary>
internal sealed class PrismProxy : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();
    private readonly string _folder;

    private PrismProxy(Process process, string folder, Uri address)
    {
        _process = process;
        _folder = folder;
        Address = address;
    }

    /// <summary>Where clients call it.</summary>
    public Uri Address { get; }

    /// <summary>Everything Prism logged so far.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>Starts Prism with <paramref name="document"/> in front of <paramref name="upstream"/> and waits until it listens.</summary>
    public static async Task<PrismProxy> StartAsync(string document, Uri upstream)
    {
        var prism = await NodeTools.BinAsync("prism");
        var folder = Directory.CreateTempSubdirectory("vrss-prism-").FullName;
        var file = Path.Combine(folder, "openapi.json");
        await File.WriteAllTextAsync(file, document);
        var port = FreePort();
        var info = new ProcessStartInfo(prism)
        {
            WorkingDirectory = NodeTools.Directory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "proxy", file, upstream.ToString().TrimEnd('/'), "--errors", "-h", "127.0.0.1", "-p", port.ToString(CultureInfo.InvariantCulture) })
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["NO_COLOR"] = "1";
        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start prism.");
        var proxy = new PrismProxy(process, folder, new Uri($"http://127.0.0.1:{port}"));
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLine(object? sender, DataReceivedEventArgs e)
        {
            if (e.Data is null)
            {
                return;
            }

            lock (proxy._log)
            {
                proxy._log.AppendLine(e.Data);
            }

            if (e.Data.Contains("Prism is listening", StringComparison.Ordinal))
            {
                listening.TrySetResult();
            }
        }

        process.OutputDataReceived += OnLine;
        process.ErrorDataReceived += OnLine;
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("prism exited:\n" + proxy.Log));
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await listening.Task.WaitAsync(TimeSpan.FromMinutes(1));
        return proxy;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
